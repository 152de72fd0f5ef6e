"""Figures read from real sentences of the seed pages, the dev articles and the baomoi 2017 corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from transforms.statistics import find_figures
from transforms.text import normalize_text, sentences

SHARED = Path(__file__).resolve().parents[3] / "shared"


def figures(sentence: str) -> list[tuple[float, str, str, str]]:
    found = find_figures(normalize_text(sentence))
    for f in found:
        assert normalize_text(sentence)[f.start:f.end] == f.raw_text
    return [(f.value, f.unit, f.qualifier, f.raw_text) for f in found]


def approx(expected: list[tuple[float, str, str, str]]) -> list[tuple[object, str, str, str]]:
    return [(pytest.approx(v, rel=1e-9), u, q, r) for v, u, q, r in expected]


# Seed pages and dev articles (the phrases the gold files name).
GOLD_PHRASES = [
    (
        "Hoa Kỳ hiện là một trong những đối tác thương mại lớn của TP.HCM và đứng thứ 9/120 quốc gia và vùng lãnh "
        "thổ có vốn đầu tư trực tiếp trên địa bàn thành phố, với hơn 600 dự án đầu tư trực tiếp có tổng vốn đầu tư "
        "xấp xỉ 1,6 tỷ USD.",
        [(9, "rank", "exact", "thứ 9/120"), (600, "project", "more_than", "hơn 600 dự án"),
         (1.6e9, "USD", "about", "xấp xỉ 1,6 tỷ USD")],
    ),
    (
        "Hiện TP.HCM đã thiết lập quan hệ kết nghĩa với hai địa phương của Hoa Kỳ là TP San Francisco và TP New York.",
        [(2, "locality", "exact", "hai địa phương")],
    ),
    (
        "kim ngạch xuất khẩu hàng hóa của Cần Thơ sang thị trường Hoa Kỳ đạt tổng giá trị 106,29 triệu USD",
        [(106.29e6, "USD", "exact", "106,29 triệu USD")],
    ),
    (
        "bang California là một trong những đối tác địa phương hàng đầu của Việt Nam với gần 100 doanh nghiệp của "
        "bang đã đầu tư vào Việt Nam và hơn 70 dự án đầu tư vào California.",
        [(100, "enterprise", "nearly", "gần 100 doanh nghiệp"), (70, "project", "more_than", "hơn 70 dự án")],
    ),
    (
        "Với hơn 80.000 công dân Hàn Quốc sinh sống và hơn 20.000 doanh nghiệp Hàn Quốc đang hoạt động tại TP HCM, "
        "hai bên có nhiều điều kiện thuận lợi để thúc đẩy hợp tác giữa HĐND 2 địa phương.",
        [(80_000, "person", "more_than", "hơn 80.000 công dân"),
         (20_000, "enterprise", "more_than", "hơn 20.000 doanh nghiệp")],
    ),
    (
        "không gian phát triển TP HCM mới đã mở rộng, phát huy tối đa các lợi thế của cả 3 địa phương",
        [(3, "locality", "exact", "3 địa phương")],
    ),
    (
        "Thành phố đang xây dựng 7 tuyến Metro với tổng chiều dài 355 km, thu hút hơn 11.000 doanh nghiệp; công "
        "nghiệp công nghệ cao chiếm tới 50% sản lượng công nghiệp quốc gia.",
        [(7, "metro_line", "exact", "7 tuyến Metro"), (355, "km", "exact", "355 km"),
         (11_000, "enterprise", "more_than", "hơn 11.000 doanh nghiệp"), (50, "percent", "exact", "50%")],
    ),
    (
        "Chiều 5/6, người đứng đầu chính phủ Việt Nam cùng người đồng cấp Nhật Bản Shinzo Abe tham gia Hội nghị Xúc "
        "tiến Đầu tư Việt Nam với sự tham dự của 1.600 đại biểu, doanh nghiệp tại Tokyo, Nhật Bản.",
        [(1600, "delegate", "exact", "1.600 đại biểu")],
    ),
    (
        "Thủ tướng Nguyễn Xuân Phúc đã chứng kiến lễ trao hàng loạt hợp đồng, giấy chứng nhận, thỏa thuận hợp tác "
        "đầu tư trị giá 22 tỷ USD giữa các bộ, ngành, địa phương, doanh nghiệp Việt Nam với doanh nghiệp Nhật Bản.",
        [(22e9, "USD", "exact", "22 tỷ USD")],
    ),
    (
        "Mùa khô 2016-2017, các đội quy tập mộ liệt sỹ của Việt Nam đã tìm kiếm, quy tập được 270 hài cốt liệt sỹ "
        "tại Lào, trong đó có 24 hài cốt đã xác định được họ tên, quê quán.",
        [(270, "remains", "exact", "270 hài cốt liệt sỹ"), (24, "remains", "exact", "24 hài cốt")],
    ),
    (
        "Hai bên thống nhất tiếp tục hợp tác tìm kiếm, quy tập hài cốt liệt sỹ trong mùa khô 2017-2018, theo đó "
        "Việt Nam tiếp tục duy trì 8 đội tìm kiếm;",
        [(8, "team", "exact", "8 đội tìm kiếm")],
    ),
    (
        "Theo đó, Bến Tre có kinh tế mũi nhọn là trồng trọt, với hai loại cây chủ lực là cây dừa và cây ăn quả, "
        "trong đó diện tích cây dừa hơn 70.000 ha, sản lượng hằng năm gần 600 triệu trái, đứng đầu cả nước.",
        [(70_000, "ha", "more_than", "hơn 70.000 ha"), (600e6, "coconut", "nearly", "gần 600 triệu trái")],
    ),
    (
        "Ngoài ra, với chiều dài bờ biển 65 km, Bến Tre còn có thế mạnh về nuôi trồng, đánh bắt thủy sản.",
        [(65, "km", "exact", "65 km")],
    ),
    (
        "Hai bên hoan nghênh việc công bố các thỏa thuận thương mại mới với tổng trị giá hơn 8 tỉ USD.",
        [(8e9, "USD", "more_than", "hơn 8 tỉ USD")],
    ),
    (
        "Hai bên ghi nhận sự đóng góp quan trọng đối với quan hệ hai nước của cộng đồng người Việt Nam tại Hoa Kỳ và "
        "gần 4.000 cựu sinh viên trong các chương trình trao đổi giáo dục.",
        [(4000, "alumnus", "nearly", "gần 4.000 cựu sinh viên")],
    ),
    (
        "Hai bên cũng cho rằng, với hơn 21.000 sinh viên Việt Nam đang học tập trong các chương trình đại học tại "
        "Hoa Kỳ, mối quan hệ học thuật giữa hai nước đang phát triển mạnh mẽ.",
        [(21_000, "student", "more_than", "hơn 21.000 sinh viên Việt Nam")],
    ),
    (
        "Đến nay, đàn bò sữa của Công ty cổ phần giống bò sữa Mộc Châu có gần 22.000 con, chủ yếu có nguồn gốc từ "
        "đàn bò sữa cao sản Cuba và là thế hệ thứ 11 của 884 con bò sữa ban đầu do Cuba trao tặng; sản lượng sữa tươi "
        "đạt trên 90.000 tấn/năm, các sản phẩm sữa Mộc Châu tiêu thụ ở 46 tỉnh thành trong cả nước, doanh thu đạt "
        "2.330 tỷ đồng/năm, nộp ngân sách 151 tỷ đồng/năm.",
        [(22_000, "cow", "nearly", "gần 22.000 con"), (884, "cow", "exact", "884 con bò sữa"),
         (90_000, "ton", "more_than", "trên 90.000 tấn/năm"), (46, "province", "exact", "46 tỉnh thành"),
         (2.33e12, "VND", "exact", "2.330 tỷ đồng/năm"), (151e9, "VND", "exact", "151 tỷ đồng/năm")],
    ),
    (
        "Nidec cũng đã có hoạt động đầu tư lớn tại Thành phố Hồ Chí Minh từ năm 1998 trong 7 dự án, với tổng số vốn "
        "gần 800 triệu USD, sử dụng hơn 11.000 lao động, xuất khẩu nhiều sản phẩm với kim ngạch lớn, góp phần phát "
        "triển kinh tế-xã hội của Thành phố Hồ Chí Minh trong 20 năm qua.",
        [(7, "project", "exact", "7 dự án"), (800e6, "USD", "nearly", "gần 800 triệu USD"),
         (11_000, "worker", "more_than", "hơn 11.000 lao động")],
    ),
    (
        "Tập đoàn hiện đang nghiên cứu dự án đầu tư khoảng 500 triệu USD vào Khu công nghệ cao Hòa Lạc, dự kiến sẽ "
        "tạo ra hàng chục nghìn việc làm và kim ngạch xuất khẩu lớn.",
        [(500e6, "USD", "about", "khoảng 500 triệu USD")],
    ),
    (
        "Người Việt Nam sinh sống tại Nhật Bản đã lên đến gần 200.000 người, tăng 36 % so với cùng kỳ năm 2015, "
        "trong đó chủ yếu là tu nghiệp sinh và lưu học sinh.",
        [(200_000, "person", "nearly", "lên đến gần 200.000 người"), (36, "percent", "exact", "36 %")],
    ),
    (
        "Được biết, tàu Echigo PLH 08, có chiều dài 104,5 m, rộng 14,6 m, trọng tải 3100 tấn.",
        [(104.5, "m", "exact", "104,5 m"), (14.6, "m", "exact", "14,6 m"), (3100, "ton", "exact", "3100 tấn")],
    ),
    (
        "Về kinh tế, hai Thủ tướng đánh giá cao việc Hà Lan là đối tác thương mại châu Âu lớn thứ hai của Việt Nam "
        "(kim ngạch hai chiều năm 2016 đạt 6,7 tỷ USD) và là nhà đầu tư châu Âu lớn nhất tại Việt Nam hiện nay (tổng "
        "vốn FDI đăng ký đạt 7,7 tỷ USD);",
        [(2, "rank", "exact", "thứ hai"), (6.7e9, "USD", "exact", "6,7 tỷ USD"), (7.7e9, "USD", "exact", "7,7 tỷ USD")],
    ),
    (
        "Lễ ký Thỏa thuận giữa Lực lượng Cảnh sát biển Việt Nam và tập đoàn đóng tàu Damen về dự án đóng 6 tàu cảnh "
        "sát biển đa năng.",
        [(6, "ship", "exact", "6 tàu cảnh sát biển")],
    ),
    (
        "Đức hiện là nhà đầu tư lớn thứ 5 của Việt Nam trong EU với tổng số vốn đăng ký đạt 1,4 tỷ USD.",
        [(5, "rank", "exact", "thứ 5"), (1.4e9, "USD", "exact", "1,4 tỷ USD")],
    ),
    (
        "hài lòng nhận thấy Đức luôn là đối tác thương mại hàng đầu của Việt Nam trong EU, với kim ngạch hai chiều "
        "trong một vài năm trở lại đây ổn định ở mức xấp xỉ 9 tỷ USD;",
        [(9e9, "USD", "about", "xấp xỉ 9 tỷ USD")],
    ),
    (
        "Hai Thủ tướng hài lòng về kết quả tích cực của Diễn đàn Doanh nghiệp Việt Nam - Đức được tổ chức nhân chuyến "
        "thăm của Thủ tướng Chính phủ Nguyễn Xuân Phúc với 28 thỏa thuận được ký kết với tổng trị giá trên 1,5 tỷ "
        "euro.",
        [(28, "agreement", "exact", "28 thỏa thuận"), (1.5e9, "EUR", "more_than", "trên 1,5 tỷ euro")],
    ),
    (
        "Kết thúc hội đàm, Chủ tịch nước Trần Đại Quang và Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình đã chứng "
        "kiến lễ ký kết 5 văn kiện hợp tác, bao gồm: Hiệp định hợp tác kinh tế - kỹ thuật",
        [(5, "document", "exact", "5 văn kiện hợp tác")],
    ),
    (
        "Nhân dịp đầu năm mới Đinh Dậu 2017, thay mặt 55 triệu người dân Quảng Tây, Bí thư Bành Thanh Hoa đã gửi đến "
        "Thủ tướng những lời chúc tốt đẹp nhất.",
        [(55e6, "person", "exact", "55 triệu người dân")],
    ),
    (
        "Hiện giữa Quảng Tây và các tỉnh biên giới của Việt Nam có 12 cặp cửa khẩu và mong muốn nâng cấp những cửa "
        "khẩu có đủ điều kiện thành cặp cửa khẩu quốc tế.",
        [(12, "border_gate_pair", "exact", "12 cặp cửa khẩu")],
    ),
    (
        "Trong kim ngạch thương mại 100 tỉ USD giữa hai nước thì riêng kim ngạch của Việt Nam với Quảng Tây đã là "
        "25 tỉ USD.",
        [(100e9, "USD", "exact", "100 tỉ USD"), (25e9, "USD", "exact", "25 tỉ USD")],
    ),
    (
        "Hoan nghênh những kết quả đạt được tại cuộc hội đàm giữa Quảng Tây và 4 tỉnh của Việt Nam, Thủ tướng khẳng "
        "định",
        [(4, "province", "exact", "4 tỉnh")],
    ),
    (
        "Tại huyện Thanh Bình, trong 4 tháng đầu năm 2017, đã xảy ra 4 vụ sạt lở chiều dài 210 m, diện tích sạt lở "
        "3.250 m 2.",
        [(4, "landslide", "exact", "4 vụ sạt lở"), (210, "m", "exact", "210 m"), (3250, "m2", "exact", "3.250 m 2")],
    ),
    (
        "ảnh hưởng đến 227 hộ dân với 851 nhân khẩu đang sinh sống gần khu vực này.",
        [(227, "household", "exact", "227 hộ dân"), (851, "person", "exact", "851 nhân khẩu")],
    ),
    (
        "kiến nghị Trung ương hỗ trợ nguồn vốn 244 tỷ đồng để xử lý khẩn cấp tình trạng sạt lở",
        [(244e9, "VND", "exact", "244 tỷ đồng")],
    ),
    (
        "Santosh Dash đang câu cá trong ao thì một con cá dài hơn 11 cm nhảy lên tay",
        [(11, "cm", "more_than", "hơn 11 cm")],
    ),
    ("Marawi cách thủ đô Manila khoảng 800km về phía nam.", [(800, "km", "about", "khoảng 800km")]),
    (
        "trong đó nguy hiểm nhất là đoạn sạt lở dài 2.300 m, có một hố xoáy, tâm cách bờ 80m, cao trình -35 m",
        [(2300, "m", "exact", "2.300 m"), (80, "m", "exact", "80m"), (-35, "m", "exact", "-35 m")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), GOLD_PHRASES)
def test_gold_phrases(sentence: str, expected: list[tuple[float, str, str, str]]) -> None:
    assert figures(sentence) == approx(expected)


# Phrases from the baomoi 2017 corpus (economy, diplomacy, society).
CORPUS_PHRASES = [
    ("tổng thu NSNN tháng 1/2017 ước đạt 97,4 nghìn tỷ đồng, bằng 8% dự toán",
     [(97.4e12, "VND", "about", "ước đạt 97,4 nghìn tỷ đồng"), (8, "percent", "exact", "8%")]),
    ("hoặc các dự án có vốn từ 6.000 tỷ đồng trở lên, đã giải ngân",
     [(6e12, "VND", "more_than", "6.000 tỷ đồng trở lên")]),
    ("chiếm 35,6% tổng giá trị kim ngạch xuất khẩu sang Hoa Kỳ và chiếm suýt soát tới 50% tổng giá trị xuất khẩu",
     [(35.6, "percent", "exact", "35,6%"), (50, "percent", "nearly", "suýt soát tới 50%")]),
    ("Thụy Điển là thị trường lớn thứ hai thế giới của Volvo, sau Trung Quốc.", [(2, "rank", "exact", "thứ hai")]),
    ("Với 88 học sinh đạt giải, Nghệ An được xếp thứ 3 toàn quốc",
     [(88, "pupil", "exact", "88 học sinh"), (3, "rank", "exact", "thứ 3")]),
    ("Mỹ hiện là đối tác thương mại lớn thứ 3 của Việt Nam.", [(3, "rank", "exact", "thứ 3")]),
    ("quyết định mua vào số tài sản trị giá 7.700 tỷ yên (68 tỷ USD/tháng).",
     [(7.7e12, "JPY", "exact", "7.700 tỷ yên"), (68e9, "USD", "exact", "68 tỷ USD/tháng")]),
    ("các nhà đầu tư nước ngoài đã tăng lượng trái phiếu nắm giữ thêm 1.700 tỷ won (tương đương 1,5 tỷ USD)",
     [(1.7e12, "KRW", "exact", "1.700 tỷ won"), (1.5e9, "USD", "exact", "1,5 tỷ USD")]),
    ("Ủy ban châu Âu quyết định cấp 200 triệu euro để nâng cấp các trại tị nạn ở Libya.",
     [(200e6, "EUR", "exact", "200 triệu euro")]),
    ("ô tô Land Rover của A Sáng giá 35 vạn Nhân dân tệ (khoảng 850 triệu đồng).",
     [(350_000, "CNY", "exact", "35 vạn Nhân dân tệ"), (850e6, "VND", "about", "khoảng 850 triệu đồng")]),
    ("mưa kéo dài mấy ngày qua đã làm khoảng 1000 hecta lúa vụ Đông Xuân của người dân bị ngập",
     [(1000, "ha", "about", "khoảng 1000 hecta")]),
    ("Việt Nam hiện có hơn 130.000 ha trồng chuối, sản lượng trung bình 1,4 triệu tấn/năm",
     [(130_000, "ha", "more_than", "hơn 130.000 ha"), (1.4e6, "ton", "exact", "1,4 triệu tấn/năm")]),
    ("Gần nhất, năm 2016, hội Xuân Yên Tử đã đón gần 1,4 triệu lượt khách hành hương.",
     [(1.4e6, "visitor", "nearly", "gần 1,4 triệu lượt khách")]),
    ("hiện có 7 tỉnh, TP đã lấy nước đạt trên 90% diện tích",
     [(7, "province", "exact", "7 tỉnh"), (90, "percent", "more_than", "trên 90%")]),
    ("kim ngạch thương mại hai chiều năm ngoái mới đạt 216 triệu USD là thấp",
     [(216e6, "USD", "exact", "216 triệu USD")]),
    ("TP Đà Nẵng đã chấp thuận đầu tư cho hơn 25 dự án tại bán đảo Sơn Trà",
     [(25, "project", "more_than", "hơn 25 dự án")]),
    ("năm 2016 cả nước xảy ra gần 8.000 vụ tai nạn lao động, làm 862 người chết, hơn 1.900 người bị thương.",
     [(8000, "accident", "nearly", "gần 8.000 vụ tai nạn"), (862, "victim", "exact", "862 người chết"),
      (1900, "victim", "more_than", "hơn 1.900 người bị thương")]),
    ("Trong số đó, lợn thịt khoảng 13.400 con, lợn nái khoảng 2.350 con",
     [(13_400, "pig", "about", "khoảng 13.400 con"), (2350, "pig", "about", "khoảng 2.350 con")]),
    ("Người phạm tội còn có thể bị phạt tiền từ năm triệu đồng đến năm mươi triệu đồng",
     [(5e6, "VND", "exact", "năm triệu đồng"), (50e6, "VND", "exact", "năm mươi triệu đồng")]),
    ("Đoàn thể thao Việt Nam có 693 người với 476 VĐV và 106 HLV.",
     [(693, "person", "exact", "693 người"), (476, "athlete", "exact", "476 VĐV"), (106, "coach", "exact", "106 HLV")]),
    ("khu mua sắm miễn thuế rộng gần 1.100 mét vuông", [(1100, "m2", "nearly", "gần 1.100 mét vuông")]),
    ("dự án điện mặt trời với tổng diện tích 274,5 hecta và tổng công suất là 210 MW",
     [(274.5, "ha", "exact", "274,5 hecta"), (210, "MW", "exact", "210 MW")]),
    ("được mệnh danh là “chảo lửa” Đông Dương, nhiệt độ hơn 40 độ C.",
     [(40, "degree_celsius", "more_than", "hơn 40 độ C")]),
    ("sắc lệnh cấm người từ 7 quốc gia Hồi giáo nhập cảnh vào Mỹ", [(7, "country", "exact", "7 quốc gia")]),
    ("sản phẩm tín dụng cho vay trồng mắc ca với mức vay tối đa 80% tổng chi phí",
     [(80, "percent", "up_to", "tối đa 80%")]),
    ("bảo mẫu cũng thiếu vì lương thấp quá, chỉ trên dưới 2 triệu đồng/tháng",
     [(2e6, "VND", "about", "trên dưới 2 triệu đồng/tháng")]),
    ("mua lại tên miền liên kết với mã độc với giá chưa đến 300.000 đồng",
     [(300_000, "VND", "less_than", "chưa đến 300.000 đồng")]),
    ("hiện toàn thành phố có 64.899 ô tô, tăng 699 xe so với cùng kỳ",
     [(64_899, "vehicle", "exact", "64.899 ô tô"), (699, "vehicle", "exact", "699 xe")]),
    ("PNJ đã tung ra thị trường 2.000 sản phẩm, bao gồm gà trống vàng", [(2000, "product", "exact", "2.000 sản phẩm")]),
    ("thỏa thuận đạt được giữa Tehran và sáu nước trung gian quốc tế", [(6, "country", "exact", "sáu nước")]),
    ("Văn Phúc làm tổ trưởng, bảy thành viên gồm các tiến sĩ ngành khai thác",
     [(7, "member", "exact", "bảy thành viên")]),
    ("công suất 602 mã lực, tăng tốc từ 0-100 km/h trong 3,2 giây và tốc độ tối đa 330 km/h.",
     [(602, "horsepower", "exact", "602 mã lực"), (330, "km_per_hour", "exact", "tối đa 330 km/h")]),  # the top speed
    ("Internet hàng đầu tại Việt Nam và khu vực Đông Nam Á với hơn 2,000 nhân viên và hàng chục triệu người dùng",
     [(2000, "staff", "more_than", "hơn 2,000 nhân viên")]),  # people are whole: an English thousands comma
    ("Tuy nhiên, thực tế thu lên đến 566 tỷ 384 triệu đồng, bằng 189% so với dự toán",
     [(566.384e9, "VND", "up_to", "lên đến 566 tỷ 384 triệu đồng"), (189, "percent", "exact", "189%")]),
    ("giá vàng giao ngay Comex đang đứng ở $1.232,20/oz", [(1232.2, "USD", "exact", "$1.232,20/oz")]),
    ("giá bạc giao Tháng Ba cũng bật 21,4 cents (+1,2%) lên $17,693/oz",
     [(21.4, "cent", "exact", "21,4 cents"), (1.2, "percent", "exact", "1,2%"),
      (17.693, "USD", "exact", "$17,693/oz")]),
    ("Thiết kế này có giá khoảng $1700 (khoảng hơn 38 triệu đồng)",
     [(1700, "USD", "about", "khoảng $1700"), (38e6, "VND", "more_than", "khoảng hơn 38 triệu đồng")]),
    ("Trường hợp xác định nguyên nhân dẫn tới 7 bệnh nhân tử vong", [(7, "patient", "exact", "7 bệnh nhân")]),
    ("Với việc Bí thư Bành Thanh Hoa đã sang thăm Việt Nam 5 lần đã thể hiện sự coi trọng",
     [(5, "visit", "exact", "5 lần")]),
    ("Người phạm tội còn có thể bị phạt tiền từ mười triệu đồng đến một trăm triệu đồng",
     [(10e6, "VND", "exact", "mười triệu đồng"), (100e6, "VND", "exact", "một trăm triệu đồng")]),
    ("hệ thống phòng thủ tên lửa Mátxcơva phát hiện được mười vụ phóng tên lửa đạn đạo",
     [(10, "case", "exact", "mười vụ")]),
    ("gà Đông Tảo là một trong ba mươi giống gà bản địa quý hiếm", [(30, "species", "exact", "ba mươi giống")]),
    ("Dù cùng mẹ khác cha, nhưng hai con trai của nam ca sĩ rất hợp nhau", [(2, "child", "exact", "hai con trai")]),
    ("Trong cùng tuần này một năm trước, có 467 giàn khoan dầu hoạt động.",
     [(467, "gian_khoan", "exact", "467 giàn khoan")]),  # a noun missing from units.tsv
]


# GUIDELINES §4 on dev2 sentences: a range by its lower bound as about, ranks out of a total, money per kW.
RANGES_AND_RANKS = [
    ("Theo ông Dương, giá thịt lợn của Trung Quốc giao động từ 60.000-70.000 đồng/kg.",
     [(60_000, "VND", "about", "60.000-70.000 đồng/kg")]),
    ("nhu cầu khoảng 100 - 110 triệu TOE năng lượng sơ cấp",
     [(100e6, "toe", "about", "khoảng 100 - 110 triệu TOE")]),
    ("chi phí năng lượng tái tạo đang giảm từ 9-12% năm", [(9, "percent", "about", "9-12%")]),
    ("tỷ lệ nội địa hóa đạt 50% - 70%", [(50, "percent", "about", "50% - 70%")]),
    ("mức lương 3.200 - 3.500 USD mỗi tháng", [(3200, "USD", "about", "3.200 - 3.500 USD")]),
    ("từ 3 đến 5 tỷ USD mỗi năm", [(3e9, "USD", "about", "3 đến 5 tỷ USD")]),
    ("giảm từ 4.500 USD/kW (năm 2009) xuống còn 1.420 USD/kW (năm 2016)",
     [(4500, "USD/kW", "exact", "4.500 USD/kW"), (1420, "USD/kW", "exact", "1.420 USD/kW")]),
    ("Hà Lan là đối tác thứ 23 trên tổng số 119 quốc gia và vùng lãnh thổ", [(23, "rank", "exact", "thứ 23")]),
    ("chỉ số môi trường kinh doanh từ 91 lên 82/190 quốc gia", [(82, "rank", "exact", "82/190")]),
    ("Nga đứng thứ 23/116 quốc gia và vùng lãnh thổ đầu tư vào Việt Nam", [(23, "rank", "exact", "thứ 23/116")]),
    ("Chưa từng có chính phủ nào tổ chức 2 cuộc đối thoại với các doanh nhân",
     [(2, "dialogue", "exact", "2 cuộc đối thoại")]),
    ("đây là một trong bảy văn kiện chính thức được ký kết", [(7, "document", "exact", "bảy văn kiện")]),
    # the superlative qualifies another noun, after "dưới … của": a document count, not "one of the biggest"
    ("đây là một trong bảy văn kiện chính thức được ký kết dưới sự chứng kiến của lãnh đạo cao nhất hai nhà nước",
     [(7, "document", "exact", "bảy văn kiện")]),
]


# Classes found reading the figures of the 2017 corpus's meeting articles (bench/figures review, stats2 note).
CORPUS_CLASSES = [
    # a breakdown names its noun after "là"
    ("với sự tham dự của khoảng 1.500 đại biểu, trong đó khoảng 1.300 là đại diện của các tập đoàn",
     [(1500, "delegate", "about", "khoảng 1.500 đại biểu"), (1300, "delegate", "about", "khoảng 1.300 là đại diện")]),
    # "Yên" after a scale word is the yen; "Yên Bái" is a province
    ("ODA trị giá khoảng 100,3 tỷ Yên (khoảng gần 1 tỉ USD) trong năm tài khóa 2016",
     [(100.3e9, "JPY", "about", "khoảng 100,3 tỷ Yên"), (1e9, "USD", "nearly", "khoảng gần 1 tỉ USD")]),
    # the sons and daughters of a country are its people
    ("đã có tổng cộng 205 người con của Belarus tham gia công tác, chiến đấu tại Việt Nam",
     [(205, "person", "exact", "205 người con")]),
    ("bầu ra 494 đại biểu, trong đó có 132 phụ nữ (chiếm 26,7%)",
     [(494, "delegate", "exact", "494 đại biểu"), (132, "woman", "exact", "132 phụ nữ"),
      (26.7, "percent", "exact", "26,7%")]),
    ("Chủ tịch Tập Cận Bình chủ trì lễ đón với 21 loạt đại bác chào mừng.",
     [(21, "salvo", "exact", "21 loạt đại bác")]),
    ("Tàu hải quân Mỹ USNS Fall River dài 103m với 4 động cơ diesel.",
     [(103, "m", "exact", "103m"), (4, "engine", "exact", "4 động cơ")]),
    ("Doanh thu ước đạt 5 tỷ USD.", [(5e9, "USD", "about", "ước đạt 5 tỷ USD")]),
    ("Mỹ là một trong 10 thành phố trên thế giới bị đe dọa nhiều nhất", []),
    # compounds starting with a counted word or a currency are read whole (2017 corpus, stats3)
    ("Việt Nam đến Hamburg trên cương vị nước Chủ tịch APEC 2017 đồng nghĩa với sự xác nhận của quốc tế", []),
    ("“Ba điều kiện để phát triển dệt may là thị trường, nhân lực, hạ tầng đều rất khó", []),
    ("Ứng viên Chủ tịch Sacombank, theo tôi thấy cần có đủ 5 điều kiện.", [(5, "condition", "exact", "5 điều kiện")]),
    ("Quốc hội sẽ xem xét, thông qua 13 dự án luật, 5 nghị quyết và cho ý kiến lần đầu đối với 5 dự án luật khác.",
     [(13, "law", "exact", "13 dự án luật"), (5, "law", "exact", "5 nghị quyết"), (5, "law", "exact", "5 dự án luật")]),
    ("Cùng tội danh, 5 đồng phạm khác lĩnh án từ 3-14 năm tù.", [(5, "accomplice", "exact", "5 đồng phạm")]),
    ("Ông Vin sau đó phải nhập viện 103 điều trị và mới xuất viện ngày 6/2.", []),
    ("Các bé tiêu tốn đến 8 triệu đồng tiền sữa một tháng.", [(8e6, "VND", "exact", "8 triệu đồng")]),
    ("Quảng Nam có 2 Di sản văn hóa thế giới cùng với nhiều thế mạnh khác",
     [(2, "heritage_site", "exact", "2 Di sản văn hóa")]),
    ("bầu ra 494 đại biểu, trong đó có 132 nữ (chiếm 26,7%).",
     [(494, "delegate", "exact", "494 đại biểu"), (132, "woman", "exact", "132 nữ"),
      (26.7, "percent", "exact", "26,7%")]),
    # a rank after its head noun with no "lớn"/"đứng": "đối tác thương mại thứ 9"; not an event's ordinal
    ("Việt Nam là đối tác thương mại lớn nhất của Trung Quốc trong khối ASEAN và là đối tác thương mại thứ 9 của "
     "Trung Quốc trên thế giới.", [(9, "rank", "exact", "thứ 9")]),
    ("Nhật Bản là đối tác xuất khẩu đứng thứ ba và là đối tác nhập khẩu thứ hai của Hàn Quốc.",
     [(3, "rank", "exact", "thứ ba"), (2, "rank", "exact", "thứ hai")]),
    ("Đây là lần thứ hai hai bên gặp nhau trong khuôn khổ đối tác lần thứ 2.", []),
    # a share written as a fraction; dates and durations are not
    ("Kinh tế tư nhân tạo ra đến 2/3 Tổng sản phẩm quốc nội", [(0.667, "fraction", "about", "2/3")]),
    ("có hơn 1/3 số nam giới đi làm", [(0.333, "fraction", "more_than", "hơn 1/3")]),
    ("Dù Trung Quốc chiếm 1/4 lượng hàng hóa xuất khẩu của Hàn Quốc", [(0.25, "fraction", "exact", "1/4")]),
    ("thời gian tuân thủ thủ tục chiếm tới 76%, trong đó thời gian xếp dỡ hàng hóa chiếm tới 1/3.",
     [(76, "percent", "exact", "76%"), (0.333, "fraction", "about", "1/3")]),
    ("Đội tuyển tham dự Confederations Cup 2017 tại Nga (diễn ra từ 17/6 đến 2/7 tới).", []),
    ("Bill Gates đã làm bạn với nhà đầu tư Warren Buffett được hơn 1/4 thế kỷ.", []),
    # "dân số" is a noun of quantity, not the label "số"
    ("Nhật Bản có tổng diện tích 377.944 km2, hơn 6.850 đảo lớn nhỏ và dân số 126,86 triệu người",
     [(377944, "km2", "exact", "377.944 km2"), (6850, "island", "more_than", "hơn 6.850 đảo"),
      (126.86e6, "person", "exact", "126,86 triệu người")]),
    ("Ông đã công bố 8 bài báo khoa học, biên soạn 26 cuốn sách",
     [(8, "article", "exact", "8 bài báo"), (26, "book", "exact", "26 cuốn sách")]),
    # "tối đa" after a noun of a specification names the quantity: exact (the dev2 gold's "tốc độ tối đa 27 hải lý")
    ("Tàu có lượng giãn nước 3.250 tấn, tốc độ tối đa 29 hải lý/giờ.",
     [(3250, "ton", "exact", "3.250 tấn"), (29, "knot", "exact", "tối đa 29 hải lý/giờ")]),
    ("người gửi tiền được bảo hiểm tối đa 75 triệu đồng", [(75e6, "VND", "up_to", "tối đa 75 triệu đồng")]),
    # "nếu như" anchored in the past contrasts two facts; "nếu tính cả" counts; a future condition stays hypothetical
    ("Nếu như năm 2011 ghi nhận 4 trường hợp thì năm 2014 có 16 trường hợp",
     [(4, "case", "exact", "4 trường hợp"), (16, "case", "exact", "16 trường hợp")]),
    ("Nếu trước đây, một tuần chỉ có 7 chuyến bay thì năm 2016 các hãng đã tổ chức 70 chuyến bay",
     [(7, "flight", "exact", "7 chuyến bay"), (70, "flight", "exact", "70 chuyến bay")]),
    ("nợ xấu của Agribank nếu tính cả nợ đã bán cho VAMC là 73.472 tỷ đồng, chiếm 10,7% tổng dư nợ.",
     [(73_472e9, "VND", "exact", "73.472 tỷ đồng"), (10.7, "percent", "exact", "10,7%")]),
    ("Thủ tướng cho rằng nếu Minh Phú đạt 2 tỉ USD vào năm 2021 thì toàn tỉnh Cà Mau có thể đạt 4 tỉ USD.", []),
    ("Do vậy, nếu chia thị phần nhập khẩu của thế giới theo tỷ lệ dân số, xuất khẩu của Việt Nam phải ở mức 500 tỷ "
     "USD, tức gấp 3 lần hiện nay", []),
    ("Ông nhận định con số này có thể tăng lên 300 triệu USD trong cả năm, nếu nhịp độ tăng trưởng được giữ vững.",
     []),
]


@pytest.mark.parametrize(("sentence", "expected"), CORPUS_CLASSES)
def test_corpus_classes(sentence: str, expected: list[tuple[float, str, str, str]]) -> None:
    assert figures(sentence) == approx(expected)


@pytest.mark.parametrize(("sentence", "expected"), RANGES_AND_RANKS)
def test_ranges_and_ranks(sentence: str, expected: list[tuple[float, str, str, str]]) -> None:
    assert figures(sentence) == approx(expected)


@pytest.mark.parametrize(("sentence", "expected"), CORPUS_PHRASES)
def test_corpus_phrases(sentence: str, expected: list[tuple[float, str, str, str]]) -> None:
    assert figures(sentence) == approx(expected)


NOT_FIGURES = [
    "Ngày 14/6, đồng chí Esteban Lazo Hernandez đến thăm và làm việc tại tỉnh Sơn La.",
    "Chiều 10-3, Chủ tịch HĐND TP HCM tiếp đoàn đại biểu thành phố Daejeon.",
    "Ngày 30.5, Hoàng hậu Hà Lan Máxima đã đến thăm (từ 30.5 đến 1.6).",
    "bắt đầu chuyến thăm chính thức Hợp chúng quốc Hoa Kỳ từ ngày 29 - 31/5/2017",
    "bắt đầu thăm chính thức Việt Nam từ ngày 17-22/6/2017",
    "Ngày 13/1/2017, ông Youri Latortue được bầu vào vị trí Chủ tịch Thượng viện Haiti",
    "sinh ngày 13 tháng 11 năm 1967, tại thành phố Gonaives, Haiti trong một gia đình có 6 người con.",
    "Kết quả xổ số Mega 6/45 được mở thưởng bắt đầu từ 18h cho tới 18h30",
    "đi vào hoạt động trong quý III/2017",
    "Trong 9 tháng của năm 2024, quan hệ hai bên phát triển tốt.",
    "trong dịp kỷ niệm 30 năm bình thường hóa quan hệ ngoại giao",
    "hỗ trợ tổ chức các hoạt động kỷ niệm 45 năm thiết lập quan hệ ngoại giao hai nước trong năm 2018.",
    "trong hơn 60 năm qua kể từ khi thành lập năm 1955",
    "Hiến pháp cho phép tổng thống áp dụng thiết quân luật trong 60 ngày.",
    "Quốc hội có thể hủy lệnh này trong 48 giờ",
    "Chúng tôi có lịch gặp gỡ 15 phút và nó đã kéo dài 3 tiếng đồng hồ.",
    "Con cá bị mắc kẹt trong cổ họng, khiến Santosh, 30 tuổi, bị khó thở và không thể nói.",
    "Tuổi 20 đánh dấu một bước trưởng thành",
    "Sáng 5/6, Hội nghị Tương lai châu Á lần thứ 23 khai mạc tại Tokyo, Nhật Bản.",
    "phát biểu tại Hội nghị Tương lai châu Á lần 23 và gặp gỡ giới đầu tư",
    "Báo cáo với Thủ tướng về kết quả kỳ họp lần thứ 22 giữa hai Ban công tác đặc biệt",
    "là thế hệ thứ 11 của đàn bò",
    "Đây là lần thứ 4 tàu lực lượng bảo vệ bờ biển Nhật Bản đến Đà Nẵng.",
    "Chủ tịch nước chúc Đại hội XIX của Đảng Cộng sản Trung Quốc thành công",
    "Bầu cử Quốc hội khóa 14 và Hội đồng nhân dân các cấp nhiệm kỳ 2016-2021",
    "tham dự Hội nghị Cấp cao APEC 2017 tổ chức tại Đà Nẵng",
    "bảo vệ quốc lộ 30 - tuyến giao thông huyết mạch từ thành phố Cao Lãnh đi Campuchia",
    "cách mạng công nghiệp 4.0 đang đến gần",
    "Thủ tướng cảm ơn Thủ tướng Angela Merkel đã mời Việt Nam tham dự Hội nghị Thượng đỉnh G20",
    "diễn biến của dịch COVID-19 trên thế giới",
    "theo Nghị quyết 202/2025/QH15 của Quốc hội",
    "dự án tuyến Metro số 1 Bến Thành - Suối Tiên",
    "kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân (22/12/1944-22/12/2024)",
    "tàu tuần tra mang số hiệu PLH 08 đã cập cảng Tiên Sa",
    "thăm Trung tâm phối hợp tìm kiếm, cứu nạn hàng hải khu vực 2",
    "giao hữu bóng chuyền với Bộ Tư lệnh Vùng Cảnh sát biển 2.",
    "vòng 21 Đối thoại nhân quyền Việt Nam – Hoa Kỳ diễn ra vào tháng 5 năm 2017",
    "Tổng Bí thư thăm Trung Quốc (01/2017)",
    "Mọi thắc mắc xin gọi 0912 345 678.",
    "dự kiến sẽ tạo ra hàng chục nghìn việc làm và kim ngạch xuất khẩu lớn.",
    "châu lục lớn nhất thế giới với bề dày lịch sử hàng nghìn năm",
    "Hai bên nhất trí tiếp tục duy trì trao đổi giữa lãnh đạo hai Đảng, hai nước.",
    "góp phần thúc đẩy thịnh vượng cho cả hai nước.",
    "Bến Tre có kinh tế mũi nhọn với hai loại cây chủ lực là cây dừa và cây ăn quả",
    "Công ty trách nhiệm hữu hạn một thành viên Xuân Tài bị xử phạt",
    "Đây là lần đầu tiên Đảng Dân tiến Nhật Bản cử đoàn đại biểu sang thăm Việt Nam",
    "tăng gấp 3 lần so với năm trước",
    "kim ngạch thương mại hai chiều năm sau luôn cao hơn năm trước",
    "Khoảng 10 giờ sáng, đoàn đến thăm nhà máy",
    "Ngay từ mùng 9 tết (ngày 5/2) cả đoàn đã hối hả",
    "tổng kim ngạch đạt 500 triệu",  # money with its currency left out
    "Hai nhà lãnh đạo đã ký Tuyên bố chung",
    "Thủ tướng trả lời phỏng vấn đài NBC ngày 7/9/2016 khi còn là một ứng viên",
    "Tuyên bố Sunnylands 2016, và thúc đẩy các hoạt động",
    "Chiều 1/8, Thủ tướng tiếp Thị trưởng thành phố Oakland",
    "phát biểu tại buổi tiếp Đoàn công tác Đại sứ quán Hoa Kỳ sáng 21/11",
    "Trước thềm 10 năm Đối tác toàn diện (2013-2023), Đại sứ Việt Nam tại Mỹ trả lời phỏng vấn",
    "Trong 15 năm qua (2009-2024), tỉnh Bắc Ninh đã không ngừng nỗ lực bảo tồn dân ca Quan họ",
    "lãnh đạo chỉ đạo bầu cử Quốc hội khóa XIV và Hội đồng nhân dân các cấp nhiệm kỳ 2016-2020",
    "đảm bảo vùng phủ sóng 4G rộng khắp vào quý I/2017",
    "Giá tiêu hôm nay 22/11/2024 tại thị trường trong nước quay đầu giảm nhẹ",
    "tổ chức Hội chợ Trung Quốc – ASEAN (CAEXPO) lần thứ 13 tháng 9/2016",
    "Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Shinzo Abe lúc 9h30 và 14 giờ chiều cùng ngày",
    "Có hàng trăm doanh nghiệp, hàng nghìn người, nhiều dự án và vài chục chuyên gia tham dự",
    "Trong tập truyện ngắn \"Ngày mười tháng mười hai\", George Saunders đã mô phỏng",
    "thì bị phạt tù từ mười hai năm đến hai mươi năm, tù chung thân",
    "Con lạy chín phương trời, mười phương chư phật",
    "bất ngờ bị chiếc xe ô tô BKS: 24C - 011.25 lao hỏng máy quay phim",
    "Phó thủ tướng Vũ Đức Đam 3 lần trực tiếp nhắc tôi.",  # "lần" counts visits only near "thăm"/"gặp"
]


# GUIDELINES §4: years, the two sides, ordinals of events, "một trong N … lớn nhất", "nếu … thì …", date ranges.
NOT_FIGURES += [
    "Tuần lễ cấp cao APEC 2017 diễn ra tại Đà Nẵng.",
    "giải quyết tranh chấp theo Công ước 1982 của Liên hợp quốc về Luật Biển",
    "củng cố quan hệ giữa hai Đảng, hai Nhà nước và nhân dân hai nước",
    "hai đồng chí Trưởng đoàn đã ký Biên bản hội đàm",
    "hợp tác giữa hai quân đội thời gian qua",
    "Tổng thống Donald Trump chào mừng Thủ tướng rồi hai người cùng nồng nhiệt bắt tay nhau",
    "Chuyến thăm sẽ là chuyến thăm cấp cao thứ 3 giữa hai quốc gia kể từ đầu năm.",
    "KEPCO là một trong 5 nhà cung cấp điện lớn nhất tại Hàn Quốc",
    "Nga tiếp tục là một trong 10 thị trường du lịch tăng trưởng hàng đầu",
    "nếu một đôi giày đó có giá 100 USD thì phía Việt Nam chỉ hưởng lợi 22 USD",
    "nhằm đóng góp cho công cuộc xây dựng và bảo vệ Tổ quốc Cu-ba xã hội chủ nghĩa",
    "Chiều 10-3 ông Nguyễn Văn Thọ chủ trì buổi tiếp",
    "đoàn công tác thăm bang Guanajuato từ ngày 24-25/10",
    "Từ năm 2010 đến 2015, quan hệ phát triển tốt.",
]

# Classes of the 2017 corpus read as figures before (stats2): a convention named by its year, the date of a press
# conference before a title, a grouping named by its members, a voltage class, idioms and vague quantities, ages.
NOT_FIGURES += [
    "Hai bên nhất trí cho rằng các quốc gia thành viên của Công ước 1982 cần tuân thủ và thực thi đầy đủ",
    "Toàn cảnh buổi họp báo, chiều nay, 3-6 Bộ trưởng Mai Tiến Dũng cũng nêu quan điểm",
    "tham dự Hội nghị Chủ tịch Mặt trận Tổ quốc 3 nước Việt Nam - Lào - Campuchia",
    "vùng nằm trong tam giác phát triển của 3 nước Lào – Campuchia- Việt Nam",
    "thành lập công ty liên doanh đầu tư Dự án xây dựng đường dây tải điện 500 kV Lào-Việt Nam.",
    "xuất khẩu của Mỹ tăng mạnh nhất và là mức tăng duy nhất với hai con số.",
    "thực chất chỉ có vài ba người của Hiệp hội xuôi ngược",
    "Lứa tuổi từ 14 đến dưới 16 thực chất chỉ là độ tuổi của học sinh",
    "Tại đây các tù nhân tuổi từ 18 tới 70 sinh sống.",
    # one thing is "a" thing: the gold lists no count of one
    "VNG sẽ là 1 điểm sáng trong mô hình Start-up tại Việt Nam",
    "kết quả khảo sát cho thấy cứ 3 doanh nghiệp Nhật Bản thì có 1 doanh nghiệp mong muốn mở rộng đầu tư",
    "Trong quá trình thảo luận, đã có 01 đại biểu Quốc hội tranh luận.",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_not_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_offsets_point_into_the_sentence() -> None:
    sentence = "Tập đoàn hiện đang nghiên cứu dự án đầu tư khoảng 500 triệu USD vào Khu công nghệ cao Hòa Lạc."
    (figure,) = find_figures(sentence)
    assert (figure.start, figure.end) == (sentence.index("khoảng"), sentence.index(" vào Khu"))


def test_old_style_tone_marks_after_normalisation() -> None:
    # "thoả thuận" (old style) reads the same once the text is normalised, as the pipeline does.
    assert figures("với 28 thoả thuận được ký kết") == [(28, "agreement", "exact", "28 thỏa thuận")]


DEV_GOLD = SHARED / "gold" / "dev.jsonl"


@pytest.mark.skipif(not DEV_GOLD.exists(), reason="shared dev gold not present")
def test_dev_articles_required_figures_are_found() -> None:
    """Every required gold figure of the dev meeting articles is read from the article's sentences."""
    missed = []
    for line in DEV_GOLD.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        path = SHARED / "corpus" / "dev" / gold["file"]
        if not gold["meeting_article"] or not path.exists():
            continue
        text = normalize_text(path.read_text(encoding="utf-8", errors="replace"))
        found = [f for s in sentences(text.split("\n", 1)[-1]) for f in find_figures(s)]
        for stat in gold.get("statistics", []):
            ok = any(abs(f.value - stat["value"]) <= 1e-6 * max(1.0, stat["value"]) and f.qualifier == stat["qualifier"]
                     for f in found)
            if stat["required"] and not ok:
                missed.append((gold["file"], stat["text"]))
    assert missed == []
