"""Meeting extraction on real phrases of the seeds, the dev articles and the baomoi 2017 corpus."""
from transforms.meetings import article_sentences, find_meetings, split_sentences


def only(meetings, primary=True):
    found = [m for m in meetings if m.is_primary == primary]
    assert len(found) == 1, [(m.vn_person, m.partner.name) for m in meetings]
    return found[0]


# ---------------------------------------------------------------------------------------------- receptions

OAKLAND = (
    "Chiều 1/8 tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính đã tiếp đoàn quan chức và doanh nghiệp "
    "bang California, Hoa Kỳ do Thị trưởng thành phố Oakland Sheng Thao dẫn đầu đang có chuyến thăm làm việc tại "
    "Việt Nam.\n"
    "Tại buổi tiếp, Thủ tướng Chính phủ Phạm Minh Chính hoan nghênh đoàn, khẳng định Việt Nam luôn coi Hoa Kỳ là "
    "một trong những đối tác quan trọng hàng đầu.\n"
    "Nhân chuyến thăm, Đoàn có các cuộc gặp lãnh đạo các Bộ Ngoại giao; Kế hoạch và Đầu tư; lãnh đạo Ủy ban nhân dân "
    "thành phố Hà Nội, TP. Hồ Chí Minh, thành phố Đà Nẵng, tỉnh Quảng Nam và tỉnh Long An; tổ chức các cuộc gặp gỡ "
    "doanh nghiệp tại các địa phương này."
)


def test_a_delegation_is_met_through_its_leader_city_inside_its_state():
    m = only(find_meetings("Tăng cường hợp tác giữa các địa phương của Việt Nam và Hoa Kỳ", OAKLAND))
    assert (m.vn_locality, m.vn_person, m.vn_title) == (None, "Phạm Minh Chính", "Thủ tướng Chính phủ")
    assert (m.partner.name, m.partner.kind, m.partner.country_code) == ("Oakland", "city", "US")
    assert m.partner.parent_name == "California"
    assert (m.foreign_person, m.foreign_title) == ("Sheng Thao", "Thị trưởng thành phố Oakland")
    assert m.date is not None and (m.date.text, m.date.day, m.date.month) == ("Chiều 1/8", 1, 8)


def test_provinces_the_delegation_also_met_are_undated_secondary_meetings():
    secondary = [m for m in find_meetings("Tăng cường hợp tác", OAKLAND) if not m.is_primary]
    assert [m.vn_locality for m in secondary] == ["Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Quảng Nam", "Long An"]
    assert all(m.partner.name == "Oakland" and m.date is None and m.vn_person is None for m in secondary)


def test_a_provincial_host_gives_the_locality_and_a_chinese_name_reads_foreign_by_its_title():
    body = ("Ngày 26/9, Phó Chủ tịch UBND TP Hồ Chí Minh Bùi Xuân Cường đã tiếp ông Lại Chí Hồng, Phó Thị trưởng TP "
            "Quảng Châu, tỉnh Quảng Đông (Trung Quốc) trong khuôn khổ chuyến thăm và làm việc tại thành phố.")
    m = only(find_meetings("TP Hồ Chí Minh và Quảng Châu thúc đẩy hợp tác nhiều lĩnh vực", body))
    assert (m.vn_locality, m.vn_person) == ("Hồ Chí Minh", "Bùi Xuân Cường")
    assert (m.partner.name, m.partner.kind, m.partner.country_code, m.partner.parent_name) == (
        "Quảng Châu", "city", "CN", "Quảng Đông")
    assert m.foreign_person == "Lại Chí Hồng"


def test_a_council_delegation_led_by_its_vice_chair_is_the_city():
    body = ("(NLĐO) - Đoàn Hội đồng TP Daejeon - Hàn Quốc đã đến chào xã giao lãnh đạo HĐND TP HCM.\n"
            "Chiều 10-3, ông Nguyễn Văn Thọ - Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch Thường trực HĐND TP HCM, đã "
            "chủ trì buổi tiếp xã giao và chiêu đãi đoàn công tác Hội đồng TP Daejeon, do ông Hwang Kyoung Ah - Phó "
            "Chủ tịch Hội đồng - làm trưởng đoàn.")
    m = only(find_meetings("Lãnh đạo TP HCM tiếp đoàn công tác TP Daejeon - Hàn Quốc", body))
    assert (m.vn_locality, m.vn_person, m.foreign_person) == ("Hồ Chí Minh", "Nguyễn Văn Thọ", "Hwang Kyoung Ah")
    assert (m.partner.name, m.partner.kind, m.partner.country_code) == ("Daejeon", "city", "KR")
    assert m.date is not None and (m.date.day, m.date.month) == (10, 3)


def test_an_ambassadors_working_delegation_is_the_embassy():
    body = ("Phát biểu tại buổi tiếp và làm việc với Đoàn công tác Đại sứ quán Hoa Kỳ tại Việt Nam do Đại sứ Marc "
            "Knapper làm Trưởng đoàn sáng 21/11, Bí thư Thành ủy Cần Thơ Nguyễn Văn Hiếu cho biết, thành phố mong "
            "muốn tăng cường hợp tác với doanh nghiệp, địa phương của Hoa Kỳ.")
    m = only(find_meetings("Cần Thơ mong muốn tăng cường hợp tác với các đối tác Hoa Kỳ", body))
    assert (m.vn_locality, m.vn_person) == ("Cần Thơ", "Nguyễn Văn Hiếu")
    assert (m.partner.name, m.partner.kind) == ("Đại sứ quán Hoa Kỳ", "embassy")
    assert m.foreign_person == "Marc Knapper"
    assert m.date is not None and m.date.text == "sáng 21/11"


def test_a_passive_reception_abroad_has_the_foreign_leader_as_host():
    body = ("Trong khuôn khổ chuyến thăm và làm việc tại Lào từ ngày 25-27/6, chiều 26/6, Đoàn đại biểu Ban công tác "
            "đặc biệt Chính phủ Việt Nam do Thượng tướng Lê Chiêm, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng, "
            "Trưởng Ban công tác đặc biệt Chính phủ Việt Nam làm Trưởng đoàn đã được Thủ tướng Lào Thongloun "
            "Sisoulith tiếp thân mật.")
    m = only(find_meetings("Thủ tướng Lào đánh giá cao kết quả của hai Ban công tác đặc biệt", body))
    assert (m.vn_locality, m.vn_person) == (None, "Lê Chiêm")
    assert (m.partner.name, m.partner.kind, m.foreign_person) == ("Lào", "country", "Thongloun Sisoulith")
    assert m.date is not None and m.date.text == "chiều 26/6"  # the visit range "25-27/6" is not the day


def test_same_day_meetings_inherit_the_date_and_a_list_of_guests_gives_one_meeting_each():
    body = ("Trước đó, ngay sau khi đặt chân tới Tokyo, chiều 4/6, Thủ tướng Nguyễn Xuân Phúc tiếp ông Hashimoto "
            "Masaru, Thống đốc tỉnh Ibaraki, một tỉnh lân cận với thủ đô Tokyo. Ảnh: VGP/Quang Hiếu. Chiều cùng ngày, "
            "Thủ tướng Nguyễn Xuân Phúc cũng đã tiếp Hạ nghị sĩ Tsuyoshi Yaguchi, Chủ tịch Ủy ban An ninh Hạ viện "
            "Nhật Bản và ông Tadash Maeda, Giám đốc điều hành ngân hàng JBIC.")
    meetings = find_meetings("Ngày đầu tiên của Thủ tướng Nguyễn Xuân Phúc tại Nhật Bản", body)
    got = [(m.partner.name, m.partner.kind, m.foreign_person, m.date.text if m.date else None) for m in meetings]
    assert got == [
        ("Ibaraki", "province", "Hashimoto Masaru", "chiều 4/6"),
        ("Nhật Bản", "country", "Tsuyoshi Yaguchi", "chiều 4/6"),
        ("Ngân hàng Hợp tác Quốc tế Nhật Bản", "organization", "Tadash Maeda", "chiều 4/6"),
    ]
    assert meetings[2].partner.name_en == "Japan Bank for International Cooperation"


def test_a_meeting_read_from_a_photo_caption_takes_the_day_of_the_visit():
    body = ("Ngày 17/6, Đoàn đại biểu cấp cao Thượng viện Cộng hòa Haiti do ông Youri Latortue, Chủ tịch Thượng viện "
            "dẫn đầu và Phu nhân bắt đầu thăm chính thức Việt Nam từ ngày 17-22/6/2017, theo lời mời của Chủ tịch "
            "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam Nguyễn Thị Kim Ngân.\n"
            "Phó Chủ nhiệm Ủy ban đối ngoại của Quốc hội Nguyễn Mạnh Tiến đón Chủ tịch Thượng viện Cộng hòa Haiti "
            "Youri Latortue tại Sân bay Quốc tế Nội Bài, Hà Nội. Ảnh: Doãn Tấn/TTXVN Ông Youri Latortue có trình độ "
            "học vấn Thạc sỹ.")
    m = only(find_meetings("Chủ tịch Thượng viện Cộng hòa Haiti bắt đầu thăm chính thức Việt Nam", body))
    assert (m.vn_locality, m.vn_person) == (None, "Nguyễn Mạnh Tiến")  # the inviter is not met; Hà Nội is the venue
    assert (m.partner.name, m.partner.country_code, m.foreign_person) == ("Haiti", "HT", "Youri Latortue")
    assert m.date is not None and (m.date.day, m.date.month) == (17, 6)


def test_an_implied_reception_pairs_the_speaker_with_the_partner_of_the_headline():
    body = ("Phát biểu tại buổi tiếp, ông Võ Văn Hoan thông tin: TP.HCM xác định tăng trưởng xanh là chiến lược phát "
            "triển tương lai.\n"
            "Ông David Toland cho biết bang Kansas sẽ làm cầu nối tổ chức các hoạt động trao đổi văn hóa giáo dục.\n"
            "Trong khuôn khổ chuyến công tác lần này, đoàn của Phó Thống đốc bang Kansas đã tổ chức Hội thảo.\n"
            "Theo Phó Chủ tịch UBND TP.HCM Võ Văn Hoan: Hoa Kỳ hiện là một trong những đối tác thương mại lớn của "
            "TP.HCM.")
    m = only(find_meetings("Nhiều cơ hội hợp tác giữa thành phố Hồ Chí Minh và bang Kansas (Hoa Kỳ)", body))
    assert (m.vn_locality, m.vn_person, m.vn_title) == ("Hồ Chí Minh", "Võ Văn Hoan", "Phó Chủ tịch UBND TP.HCM")
    assert (m.partner.name, m.partner.kind, m.foreign_person) == ("Kansas", "state", "David Toland")


def test_a_company_visited_and_its_chairman_are_one_organisation():
    body = ("Sáng 8/6, Thủ tướng Chính phủ Nguyễn Xuân Phúc và đoàn đại biểu cấp cao Việt Nam đã đến thăm trụ sở chính "
            "và Công ty Nidec Shimpo thuộc Tập đoàn Nidec. Chủ tịch Tập đoàn Nidec Shigenobu Nagamori bày tỏ vui mừng "
            "và vinh dự được đón Thủ tướng Chính phủ Nguyễn Xuân Phúc và đoàn đến thăm công ty.")
    m = only(find_meetings("Thủ tướng Nguyễn Xuân Phúc kết thúc tốt đẹp chuyến thăm Nhật Bản", body))
    assert (m.partner.name, m.partner.country_code) == ("Tập đoàn Nidec", "JP")
    assert (m.vn_person, m.foreign_person) == ("Nguyễn Xuân Phúc", "Shigenobu Nagamori")


def test_working_sessions_with_foreign_bodies_skip_vietnamese_missions_abroad():
    body = ("Theo phóng viên TTXVN tại Tokyo, từ ngày 5 - 12/6, đoàn đại biểu cấp cao Bộ Công an do Ủy viên trung ương "
            "Đảng, Thượng tướng, Thứ trưởng Nguyễn Văn Thành dẫn đầu có chuyến thăm và làm việc tại Nhật Bản.\n"
            "Đoàn đã có các buổi làm việc với Cơ quan Cảnh sát quốc gia Nhật Bản, Bộ Tư pháp Nhật Bản, Đại sứ quán "
            "Việt Nam tại Nhật Bản và Tổng lãnh sự quán Việt Nam tại Osaka.")
    meetings = find_meetings("Đề nghị Nhật Bản tăng cường hỗ trợ, bảo vệ du học sinh người Việt", body)
    assert [m.partner.name for m in meetings] == ["Cơ quan Cảnh sát quốc gia Nhật Bản", "Bộ Tư pháp Nhật Bản"]
    assert all(m.vn_person == "Nguyễn Văn Thành" and m.date is None for m in meetings)


def test_a_planned_meeting_counts_when_the_article_announces_it():
    body = ("Nhận lời mời của Tổng thống Mỹ Donald Trump, Thủ tướng Nguyễn Xuân Phúc sẽ thăm chính thức Mỹ từ ngày "
            "29-31.5. Tại cuộc họp báo chiều 25.5, Người Phát ngôn Lê Thị Thu Hằng thông báo. Trong khuôn khổ chuyến "
            "thăm, Thủ tướng Nguyễn Xuân Phúc sẽ hội đàm với Tổng thống Mỹ Donald Trump, gặp gỡ một số nghị sĩ.")
    m = only(find_meetings("Thủ tướng Nguyễn Xuân Phúc sẽ có lịch trình bận rộn tại Mỹ", body))
    assert (m.vn_person, m.partner.name, m.foreign_person) == ("Nguyễn Xuân Phúc", "Hoa Kỳ", "Donald Trump")
    assert m.date is None  # not the day of the press briefing


# ---------------------------------------------------------------------------------------------- not meetings


def test_foreign_leaders_meeting_each_other_is_not_a_meeting():
    body = ("Ngày 2/7, Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan đã có cuộc hội đàm với Bộ trưởng Quốc phòng Nga "
            "Sergei Shoigu tại thành phố Istanbul.")
    assert find_meetings("Tổng thống Thổ Nhĩ Kỳ tiếp Bộ trưởng Quốc phòng Nga", body) == []


def test_a_chinese_name_without_a_vietnamese_context_is_not_the_vietnamese_side():
    body = ("Ngày 7/6/2017, Bộ trưởng Quốc phòng Nga gặp gỡ người đồng cấp Trung Quốc Thường Vạn Toàn tại Astana, "
            "Kazakhstan.")
    assert find_meetings("Nga, Trung Quốc 'song kiếm hợp bích'", body) == []


def test_a_domestic_working_session_is_not_a_meeting():
    body = ("Ngày 11/5, ông Trần Quang Hoài, Phó Tổng cục trưởng Tổng cục Thủy lợi (Bộ Nông nghiệp và Phát triển nông "
            "thôn) dẫn đầu Đoàn khảo sát liên ngành đến khảo sát thực địa. Tại buổi làm việc với đoàn khảo sát, Phó "
            "Chủ tịch UBND tỉnh Đồng Tháp Nguyễn Thanh Hùng kiến nghị Trung ương hỗ trợ nguồn vốn 244 tỷ đồng. Quốc lộ "
            "30 từ thành phố Cao Lãnh đi Campuchia.")
    assert find_meetings("Tình hình sạt lở bờ sông Tiền tại Đồng Tháp", body) == []


def test_a_visit_without_a_named_vietnamese_official_is_not_a_meeting():
    body = ("Sáng 13-6, tàu tuần tra của lực lượng bảo vệ bờ biển Nhật Bản Echigo đã cập cảng Tiên Sa, bắt đầu chuyến "
            "thăm hữu nghị TP Đà Nẵng. Theo chương trình, các thành viên trên tàu sẽ có các hoạt động chào xã giao "
            "UBND Đà Nẵng, thăm Trung tâm phối hợp tìm kiếm, cứu nạn hàng hải khu vực 2.")
    assert find_meetings("Hải quân Việt Nam - Nhật Bản diễn tập chung", body) == []


def test_visiting_the_vietnamese_embassy_abroad_is_not_a_foreign_meeting():
    body = ("Thủ tướng Nguyễn Xuân Phúc, Phu nhân và đoàn đại biểu cấp cao Việt Nam đã đến thăm Đại sứ quán Việt Nam "
            "tại Nhật Bản trong chiều 4/6.")
    assert find_meetings("Thủ tướng thăm Đại sứ quán", body) == []


def test_talking_to_the_press_or_memorials_are_not_meetings():
    assert find_meetings("Kiến nghị lên UNESCO", (
        "Trao đổi với báo Pháp Luật TP.HCM, ông Tôn Thất Giáp cho hay nếu UBND tỉnh Thừa Thiên - Huế kiên quyết di "
        "dời mộ thì Hội đồng trị sự sẽ kiến nghị lên UNESCO.")) == []
    assert find_meetings("Đoàn Cuba", (
        "Sáng cùng ngày (14/6), Đoàn đại biểu cấp cao Quốc hội Cuba do đồng chí Esteban Lazo Hernandez, Chủ tịch "
        "Quốc hội dẫn đầu đã đến đặt vòng hoa và vào Lăng viếng Chủ tịch Hồ Chí Minh; thăm và ghi lưu bút tại Nhà sàn "
        "Bác Hồ.")) == []


# ---------------------------------------------------------------------------------------------- sentences


def test_semicolons_do_not_end_a_sentence_but_full_stops_do():
    text = "Đoàn có các cuộc gặp lãnh đạo các Bộ Ngoại giao; Kế hoạch và Đầu tư; lãnh đạo TP. Hồ Chí Minh. Hai bên"
    assert split_sentences(text) == [
        "Đoàn có các cuộc gặp lãnh đạo các Bộ Ngoại giao; Kế hoạch và Đầu tư; lãnh đạo TP. Hồ Chí Minh.", "Hai bên"]


def test_photo_credits_and_embedded_links_are_removed():
    body = ("Phó Chủ nhiệm Nguyễn Mạnh Tiến đón ông Youri Latortue. Ảnh: Doãn Tấn/TTXVN Chủ tịch Thượng viện sinh năm "
            "1967.  [Tổng Bí thư tiếp Đoàn Ủy ban Trung ương Mặt trận Lào Xây dựng đất nước]  Hai bên nhất trí.")
    assert article_sentences(body) == [
        "Phó Chủ nhiệm Nguyễn Mạnh Tiến đón ông Youri Latortue.", "Chủ tịch Thượng viện sinh năm 1967.",
        "Hai bên nhất trí."]


def test_a_chinese_state_councillor_meeting_a_foreign_leader_is_not_a_vietnamese_meeting():
    body = ("Theo hãng thông tấn Kyodo, Thủ tướng Nhật Bản Shinzo Abe bày tỏ muốn hợp tác với Trung Quốc trong nỗ "
            "lực phi hạt nhân hóa Bán đảo Triều Tiên trong cuộc gặp với Ủy viên Quốc vụ Trung Quốc Dương Khiết Trì "
            "tại Tokyo ngày 31/5.")
    assert find_meetings("Nhật Bản muốn hợp tác với Trung Quốc", body) == []


def test_the_opec_fund_is_met_as_itself_and_a_rank_opens_the_title_without_deciding_it():
    ofid = only(find_meetings("Thủ tướng Nguyễn Xuân Phúc tiếp Tổng Giám đốc OFID", (
        "Chiều 22/5, tại trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc đã tiếp ông Suleiman Jasir Al-Herbish, Tổng Giám "
        "đốc Quỹ Phát triển Quốc tế của các nước xuất khẩu dầu mỏ (OFID).")))
    assert (ofid.partner.name_en, ofid.partner.country_code) == ("OPEC Fund for International Development", None)
    army = only(find_meetings("Bộ trưởng Quốc phòng tiếp Thư ký Bộ trưởng Quốc phòng Thái Lan", (
        "Chiều 4/7, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng đã tiếp Đại tướng Chaichan "
        "Changmongkol, Thư ký Bộ trưởng Bộ Quốc phòng Thái Lan.")))
    # GUIDELINES §3: the title as written next to the person, the rank included; the office decides the side.
    assert (army.vn_person, army.vn_title) == ("Ngô Xuân Lịch", "Đại tướng, Bộ trưởng Bộ Quốc phòng")
    assert army.partner.name == "Thái Lan"
    assert army.foreign_person == "Chaichan Changmongkol"
