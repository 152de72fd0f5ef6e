"""Page counters and "1 trong N … nhất" / "tốp N … nhất": real sentences of the baomoi 2017 corpus (gold articles
excluded), each read with its class.

An amount restated in another currency ("100,3 tỷ Yên (khoảng gần 1 tỉ USD)") stays two figures: the dev2 gold lists
both (test_statistics.py CORPUS_CLASSES)."""
from __future__ import annotations

import pytest

from transforms.statistics import find_figures
from transforms.text import normalize_text


def figures(sentence: str) -> list[tuple[float, str, str, str]]:
    text = normalize_text(sentence)
    found = find_figures(text)
    for f in found:
        assert text[f.start:f.end] == f.raw_text
    return [(pytest.approx(f.value, rel=1e-9), f.unit, f.qualifier, f.raw_text) for f in found]


# A page's own counters on a line of their own are furniture; the same counters told in a sentence are figures.
COUNTERS = [
    ("1.234 lượt xem", []),
    ("Đã có 25 bình luận", []),
    ("Bình luận (12)", []),
    ("Chỉ sau vài ngày đã có đến hơn 9000 lượt thích, hơn 3300 lượt bình luận và 1000 lượt chia sẻ.",
     [(9000, "post", "more_than", "hơn 9000 lượt thích"), (3300, "comment", "more_than", "hơn 3300 lượt bình luận"),
      (1000, "post", "exact", "1000 lượt chia sẻ")]),
    ("Hiện trên Instagram, Laurinda đang có hơn 320.000 người theo dõi.",
     [(320000, "follower", "more_than", "hơn 320.000 người theo dõi")]),
]

# "1 trong N … nhất", "tốp N … nhất": a set the subject belongs to (GUIDELINES §4), whichever way "một" is written.
SETS = [
    ("Cô được sắp xếp giảng dạy tại Đại học California, Los Angeles - 1 trong 10 trường đại học tốt nhất thế giới "
     "khi vừa tròn 18 tuổi.", []),
    ("Gần đây ông Quân được nhiều người chú ý khi lọt vào tốp 15 người giàu nhất trên sàn chứng khoán khi cổ phiếu NVL "
     "niêm yết vào cuối năm 2016.", []),
    ("Thủ tướng lấy ví dụ như Sài Gòn Co.op, một hợp tác xã có doanh thu trên 1,5 tỷ USD, thuộc tốp 200 nhà bán lẻ "
     "lớn nhất khu vực châu Á-Thái Bình Dương.",
     [(1.5e9, "USD", "more_than", "trên 1,5 tỷ USD")]),
    ("WUR nằm trong danh sách 150 đại học tốt nhất thế giới và đứng thứ 36 thế giới trong ngành khoa học nông "
     "nghiệp.", [(36, "rank", "exact", "thứ 36")]),
    # a rank out of a total stays a rank
    ("Tính đến tháng 3/2017, Trung Quốc có 1615 dự án đầu tư tại Việt Nam, với số vốn 11,2 tỷ USD, đứng thứ 8/116 "
     "nước và vùng lãnh thổ đầu tư vào Việt Nam.",
     [(1615, "project", "exact", "1615 dự án"), (1.12e10, "USD", "exact", "11,2 tỷ USD"),
      (8, "rank", "exact", "thứ 8/116")]),
]


# "khách sạn 5 sao", "tiêu chuẩn 7 sao": a class named by a number, like "đường dây 500 kV"
CLASSES = [
    ("Bên cạnh các thương hiệu đang xây dựng và vận hành như Hilton Hotels & Resorts và Hilton Garden Inn, hàng loạt "
     "các thương hiệu cao cấp tiêu chuẩn 7 sao và tiêu chuẩn 6 sao thuộc Tập đoàn Hilton Worldwide sẽ lần đầu tiên "
     "xuất hiện tại Việt Nam.", []),
    ("Khách sạn 5 sao Grand Hotel Manzana với 246 phòng - trong đó có 172 phòng tiêu chuẩn và 50 phòng cao cấp",
     [(246, "bed", "exact", "246 phòng"), (172, "bed", "exact", "172 phòng"), (50, "bed", "exact", "50 phòng")]),
]

# The caliber of a gun names its class; a length in mm of anything else is a measure.
CALIBERS = [
    ("Qatar cũng đang nhận 20 khẩu pháo PzH 2000 của Đức cỡ nòng 155 mm.", [(20, "weapon", "exact", "20 khẩu pháo")]),
    ("Cận cảnh các loại đạn súng cối 100mm do Việt Nam chế tạo.", []),
    ("Hàng loạt trận mưa có lượng mưa trên 100 mm đã gây ngập úng.", [(100, "mm", "more_than", "trên 100 mm")]),
]

# A place out of a total written without "thứ"; a disability class "hạng 2/4" and the former place "từ vị trí …" are
# not ranks.
PLACES = [
    ("Philippines được xếp hạng 49/126, trong khi Singapore xếp hạng 65/126.",
     [(49, "rank", "exact", "được xếp hạng 49/126"), (65, "rank", "exact", "xếp hạng 65/126")]),
    ("Minh chứng là chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tăng 10 bậc, xếp 14/63 tỉnh, thành phố (cao nhất từ "
     "trước tới nay)", [(10, "step", "exact", "10 bậc"), (14, "rank", "exact", "xếp 14/63")]),
    ("Theo đánh giá của Ngân hàng Thế giới năm 2016, môi trường kinh doanh của Việt Nam tăng 9 bậc (từ vị trí 91/189 "
     "lên vị trí 82/190 của bảng xếp hạng)",
     [(9, "step", "exact", "9 bậc"), (82, "rank", "exact", "lên vị trí 82/190")]),
    ("Ông Vin hiện tại là thương binh hạng 2/4, mất 61% sức khỏe trong cuộc chiến tranh chống Mỹ cứu nước.",
     [(61, "percent", "exact", "61%")]),
]


@pytest.mark.parametrize(("sentence", "expected"), COUNTERS + SETS + CLASSES + CALIBERS + PLACES)
def test_classes(sentence: str, expected: list[tuple[float, str, str, str]]) -> None:
    assert figures(sentence) == expected
