"""Rows with no Vietnamese side named at all (GUIDELINES §1), a class found by reading non-gold rows of the full 2017
corpus warehouse: 19 rows name no Vietnamese person and no province, about 13 of them false. Those of articles that
name no Vietnamese person anywhere, whose Vietnamese "side" is a bare national body or only the inviter, are other
countries' stories or bare announcements of a visit (decision.capped, signal merge "vn_unnamed"). The texts are the
articles' own headline and first sentences."""
from __future__ import annotations

from transforms.meetings import find_meetings


def test_a_foreign_storys_own_body_is_no_vietnamese_side() -> None:
    # 2017 corpus 22228081: a US Senate hearing; "Bộ Tư pháp" is the US department, the meetings are Washington's.
    title = "Ông Trump biết cố vấn bị Nga 'bắt thóp' từ lâu"
    body = (
        "Nhà Trắng đã được báo từ trước về mối quan hệ đáng ngờ giữa cựu cố vấn Michael Flynn và phía Nga. Cựu quyền "
        "Bộ trưởng Tư pháp Mỹ Sally Yates là quan chức cấp cao đầu tiên bị Tổng thống Donald Trump sa thải. Bà đã yêu "
        "cầu các nhân viên của Bộ Tư pháp không bảo vệ sắc lệnh cấm nhập cảnh của ông Trump trước các tòa án liên "
        "bang, cho rằng đây là một sắc lệnh vi hiến. Hơn ba tháng sau khi bị ông Trump cho thôi chức, trong phiên "
        "điều trần trước Thượng viện Mỹ ngày 9-5, “người cũ” Sally Yates công bố thêm thông tin về vụ bê bối cựu cố "
        "vấn an ninh quốc gia Michael Flynn liên hệ với quan chức Nga, có thể gây thêm sóng gió cho tổng thống Mỹ. "
        "Nguy cơ bị Nga “bắt thóp” Trong phiên điều trần với Ủy ban Tư pháp của Thượng viện Mỹ rạng sáng 9-5 (giờ "
        "Việt Nam), bà Sally Yates xác nhận rằng trong thời gian tại chức đã thông báo với cố vấn pháp lý của Nhà "
        "Trắng Don McGahn rằng Michael Flynn có nguy cơ bị gây sức ép và ra yêu sách bởi chính phủ Nga. Bà Yates cho "
        "biết đã có đến hai cuộc gặp riêng với cố vấn pháp lý của Nhà Trắng để bàn luận về các mối lo ngại của Bộ Tư "
        "pháp về trường hợp ông Flynn. Ông Flynn đã có các trao đổi không trung thực với Phó Tổng thống Mỹ Mike Pence "
        "về thảo luận riêng của mình với Đại sứ Nga tại Washington Sergey Kislyak. Nhưng không chỉ Cục Điều tra Liên "
        "bang Mỹ (FBI) và Bộ Tư pháp mà cả phía Nga cũng biết rõ về sự không trung thực này của ông Flynn."
    )
    assert find_meetings(title, body) == []


def test_a_foreign_officials_office_is_no_vietnamese_host() -> None:
    # 2017 corpus 22315366: a Japanese official (his office read as the host) tells of Abe's calls with Trump.
    title = "'Mỹ có thể quay lại TPP với những thay đổi cần thiết'"
    body = (
        "Chia sẻ với Zing.vn bên lề SOM 2, trưởng SOM Nhật Bản cho biết Tổng thống Mỹ Trump có thái độ tích cực trong "
        "các cuộc nói chuyện với Thủ tướng Abe về tầm quan trọng của TPP. Chia sẻ với Zing.vn ngày 18/5, ông Tsutomu "
        "Koizumi, trưởng đoàn Nhật Bản tại SOM 2, phó cục trưởng Cục Các vấn đề Kinh tế thuộc Bộ Ngoại giao Nhật Bản, "
        "cho biết Tổng thống Shinzo Abe đã vài lần điện đàm với Tổng thống Mỹ Donald Trump và thảo luận về Hiệp định "
        'Đối tác Xuyên Thái Bình Dương (TPP). "Thủ tướng của chúng tôi tranh luận nhiều lần với ông Trump về tầm quan '
        "trọng của TPP không những về mặt kinh tế mà còn về mặt chiến lược đối với Nhật Bản, khu vực châu Á - Thái "
        'Bình Dương và cho toàn thế giới trong tương lai", ông nói. "Ông Trump có thái độ tích cực với những cuộc nói '
        'chuyện này. Tôi nghĩ rằng trong tương lai Mỹ có thể sẽ quay lại với TPP với những thay đổi cần thiết", '
        "trưởng SOM Nhật Bản nhận định. Trưởng đoàn Nhật Bản Tsutomu Koizumi phát biểu bên lề Hội nghị Quan chức cấp "
        'cao APEC lần 2 tại Hà Nội. Ảnh: Lê Hiếu. Theo ông Tsutomu Koizumi, "TPP không phải đã hoàn toàn kết thúc '
        'nhưng nó có thể bị đóng băng trong một thời gian".'
    )
    assert find_meetings(title, body) == []


def test_the_inviter_of_a_begun_visit_is_no_host() -> None:
    # 2017 corpus 22669066 (and 22656768, the same visit announced): who invited is not who meets; the article
    # names no Vietnamese official who welcomed the guest.
    title = 'Chủ tịch Quốc hội Lào Pany Yathotou bắt đầu chuyến thăm Việt Nam'
    body = (
        "Chiều 3/7, Đoàn đại biểu cấp cao Đảng, Nhà nước và Quốc hội Lào do Chủ tịch Quốc hội Pany Yathotou dẫn đầu "
        "đã tới Hà Nội, bắt đầu chuyến thăm Việt Nam. Chủ tịch Quốc hội Lào Pany Yathotou. (Nguồn: TTXVN) Nhận lời "
        "mời của Đảng, Nhà nước và Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam, chiều 3/7, Đoàn đại biểu cấp cao "
        "Đảng, Nhà nước và Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào do Chủ tịch Quốc hội Pany Yathotou dẫn đầu đã "
        "tới Hà Nội, bắt đầu chuyến thăm Việt Nam và dự các hoạt động chào mừng kỷ niệm 55 năm Ngày thiết lập quan hệ "
        "ngoại giao Việt Nam-Lào, 40 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam-Lào, tại tỉnh Sơn La, từ ngày "
        "3-8/7/2017. Trong quan hệ quốc tế, hiếm có mối quan hệ nào đặc biệt, bền vững, thủy chung như quan hệ "
        "Việt-Lào."
    )
    assert find_meetings(title, body) == []


def test_a_vietnamese_body_that_names_viet_nam_still_hosts() -> None:
    # 2017 corpus 22437641: no Vietnamese person in the article, but the State Bank is named as Vietnam's.
    meetings = find_meetings(
        "Hoàng Hậu Hà Lan Maxima làm việc với Ngân hàng Nhà nước Việt Nam",
        "Trong chương trình làm việc của Hoàng hậu Hà Lan Máxima – Đặc phái viên của Tổng thư ký Liên hợp quốc về "
        "phát triển tài chính toàn diện thăm Việt Nam, chiều 01/6, Ngân hàng Nhà nước (NHNN) Việt Nam đã tổ chức "
        "tọa đàm “Chiến lược quốc gia về phát triển tài chính toàn diện”.")
    assert [(m.partner.country_code, m.vn_person) for m in meetings] == [("NL", None)]
