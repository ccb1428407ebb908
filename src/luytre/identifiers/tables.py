"""Reference tables, each with its source. Sources and dates are also in DATA.md.

Transcribed once, here; the tests cross-check the overlap with the ``vn-ident``
package (MIT), which cites the same legal sources.
"""

from __future__ import annotations

# Tax codes (mã số thuế): Circular 105/2020/TT-BTC, Art. 5 and Appendix 1.
MST_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)

# Citizen ID (CCCD) province-of-birth-registration codes: Circular 07/2016/TT-BCA,
# which uses the province codes of Decision 124/2004/QĐ-TTg with a leading zero.
# The 2025 province mergers did not renumber issued cards.
CCCD_PROVINCES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn", "008": "Tuyên Quang",
    "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu", "014": "Sơn La", "015": "Yên Bái",
    "017": "Hòa Bình", "019": "Thái Nguyên", "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang",
    "025": "Phú Thọ", "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định", "037": "Ninh Bình",
    "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh", "044": "Quảng Bình", "045": "Quảng Trị",
    "046": "Thừa Thiên Huế", "048": "Đà Nẵng", "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định",
    "054": "Phú Yên", "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng", "070": "Bình Phước",
    "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai", "077": "Bà Rịa - Vũng Tàu", "079": "Hồ Chí Minh",
    "080": "Long An", "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long",
    "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ", "093": "Hậu Giang",
    "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}

# Mobile prefixes by carrier, as allocated after the 2018 move from 11 to 10 digits
# (Ministry of Information and Communications numbering plan; carriers' notices).
# vn-ident 0.1.0 leaves out Itelecom's 087, allocated to Indochina Telecom in 2019.
MOBILE_PREFIXES: dict[str, str] = {
    **{p: "viettel" for p in ("032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098")},
    **{p: "vinaphone" for p in ("081", "082", "083", "084", "085", "088", "091", "094")},
    **{p: "mobifone" for p in ("070", "076", "077", "078", "079", "089", "090", "093")},
    **{p: "vietnamobile" for p in ("052", "056", "058", "092")},
    **{p: "gmobile" for p in ("059", "099")},
    "087": "itelecom",
}

# Fixed-line area codes after the 2017 change (Circular 22/2014/TT-BTTTT numbering plan as amended by
# Circular 15/2017/TT-BTTTT; switched over in three phases, February to June 2017). A landline has 11
# digits: Hà Nội (024) and Hồ Chí Minh (028) have 3-digit codes and 8-digit numbers, every other province
# a 4-digit code and a 7-digit number. The 2025 province mergers did not renumber them.
LANDLINE_PREFIX = "02"
LANDLINE_AREAS: dict[str, str] = {
    "024": "Hà Nội", "028": "Hồ Chí Minh",
    "0203": "Quảng Ninh", "0204": "Bắc Giang", "0205": "Lạng Sơn", "0206": "Cao Bằng", "0207": "Tuyên Quang",
    "0208": "Thái Nguyên", "0209": "Bắc Kạn", "0210": "Phú Thọ", "0211": "Vĩnh Phúc", "0212": "Sơn La",
    "0213": "Lai Châu", "0214": "Lào Cai", "0215": "Điện Biên", "0216": "Yên Bái", "0218": "Hòa Bình",
    "0219": "Hà Giang", "0220": "Hải Dương", "0221": "Hưng Yên", "0222": "Bắc Ninh", "0225": "Hải Phòng",
    "0226": "Hà Nam", "0227": "Thái Bình", "0228": "Nam Định", "0229": "Ninh Bình", "0232": "Quảng Bình",
    "0233": "Quảng Trị", "0234": "Thừa Thiên Huế", "0235": "Quảng Nam", "0236": "Đà Nẵng", "0237": "Thanh Hóa",
    "0238": "Nghệ An", "0239": "Hà Tĩnh", "0251": "Đồng Nai", "0252": "Bình Thuận", "0254": "Bà Rịa - Vũng Tàu",
    "0255": "Quảng Ngãi", "0256": "Bình Định", "0257": "Phú Yên", "0258": "Khánh Hòa", "0259": "Ninh Thuận",
    "0260": "Kon Tum", "0261": "Đắk Nông", "0262": "Đắk Lắk", "0263": "Lâm Đồng", "0269": "Gia Lai",
    "0270": "Vĩnh Long", "0271": "Bình Phước", "0272": "Long An", "0273": "Tiền Giang", "0274": "Bình Dương",
    "0275": "Bến Tre", "0276": "Tây Ninh", "0277": "Đồng Tháp", "0290": "Cà Mau", "0291": "Bạc Liêu",
    "0292": "Cần Thơ", "0293": "Hậu Giang", "0294": "Trà Vinh", "0296": "An Giang", "0297": "Kiên Giang",
    "0299": "Sóc Trăng",
}

# Napas bank identification numbers (the BIN in VietQR payloads and on domestic
# 9704 cards), from the VietQR/Napas member list (public; transcribed 2026-11).
BANK_BINS: dict[str, str] = {
    "970400": "Saigonbank", "970403": "Sacombank", "970405": "Agribank", "970406": "DongA Bank",
    "970407": "Techcombank", "970408": "GPBank", "970409": "BacA Bank", "970410": "Standard Chartered Vietnam",
    "970412": "PVcomBank", "970414": "OceanBank", "970415": "VietinBank", "970416": "ACB", "970418": "BIDV",
    "970419": "NCB", "970421": "VRB", "970422": "MB Bank", "970423": "TPBank", "970424": "Shinhan Bank Vietnam",
    "970425": "ABBANK", "970426": "MSB", "970427": "VietABank", "970428": "Nam A Bank", "970429": "SCB",
    "970430": "PGBank", "970431": "Eximbank", "970432": "VPBank", "970433": "Vietbank", "970434": "Indovina Bank",
    "970436": "Vietcombank", "970437": "HDBank", "970438": "BaoViet Bank", "970439": "Public Bank Vietnam",
    "970440": "SeABank", "970441": "VIB", "970442": "Hong Leong Bank Vietnam", "970443": "SHB",
    "970444": "CBBank", "970446": "Co-opBank", "970448": "OCB", "970449": "LPBank", "970452": "KienlongBank",
    "970454": "Viet Capital Bank", "970457": "Woori Bank Vietnam", "970458": "UOB Vietnam",
}

# Short codes people type for a bank ("VCB", "CTG"...): the codes of the VietQR bank list and the banks'
# stock tickers (public; transcribed 2026-12). A bank's name and its BIN are accepted as well.
BANK_SHORT_CODES: dict[str, str] = {
    "SGICB": "970400", "SGB": "970400", "STB": "970403", "VBA": "970405", "AGR": "970405", "DOB": "970406",
    "DAB": "970406", "TCB": "970407", "GPB": "970408", "BAB": "970409", "SCVN": "970410", "PVCB": "970412",
    "OCEANBANK": "970414", "ICB": "970415", "CTG": "970415", "ACB": "970416", "BIDV": "970418", "BID": "970418",
    "NCB": "970419", "VRB": "970421", "MB": "970422", "MBB": "970422", "TPB": "970423", "SHBVN": "970424",
    "ABB": "970425", "MSB": "970426", "VAB": "970427", "NAB": "970428", "SCB": "970429", "PGB": "970430",
    "EIB": "970431", "VPB": "970432", "VBB": "970433", "IVB": "970434", "VCB": "970436", "HDB": "970437",
    "BVB": "970438", "PBVN": "970439", "SEAB": "970440", "SSB": "970440", "VIB": "970441", "HLBVN": "970442",
    "SHB": "970443", "CBB": "970444", "COOPBANK": "970446", "OCB": "970448", "LPB": "970449", "KLB": "970452",
    "VCCB": "970454", "BVBANK": "970454", "WVN": "970457", "UOB": "970458",
}

# Licence-plate province codes: Circular 24/2023/TT-BCA, Appendix 2 (codes of local police).
PLATE_PROVINCES: dict[str, str] = {
    "11": "Cao Bằng", "12": "Lạng Sơn", "14": "Quảng Ninh", "15": "Hải Phòng", "16": "Hải Phòng",
    "17": "Thái Bình", "18": "Nam Định", "19": "Phú Thọ", "20": "Thái Nguyên", "21": "Yên Bái",
    "22": "Tuyên Quang", "23": "Hà Giang", "24": "Lào Cai", "25": "Lai Châu", "26": "Sơn La",
    "27": "Điện Biên", "28": "Hòa Bình", **{str(c): "Hà Nội" for c in (29, 30, 31, 32, 33, 40)},
    "34": "Hải Dương", "35": "Ninh Bình", "36": "Thanh Hóa", "37": "Nghệ An", "38": "Hà Tĩnh",
    "41": "Hồ Chí Minh", "43": "Đà Nẵng", "47": "Đắk Lắk", "48": "Đắk Nông", "49": "Lâm Đồng",
    **{str(c): "Hồ Chí Minh" for c in range(50, 60)}, "60": "Đồng Nai", "61": "Bình Dương", "62": "Long An",
    "63": "Tiền Giang", "64": "Vĩnh Long", "65": "Cần Thơ", "66": "Đồng Tháp", "67": "An Giang",
    "68": "Kiên Giang", "69": "Cà Mau", "70": "Tây Ninh", "71": "Bến Tre", "72": "Bà Rịa - Vũng Tàu",
    "73": "Quảng Bình", "74": "Quảng Trị", "75": "Thừa Thiên Huế", "76": "Quảng Ngãi", "77": "Bình Định",
    "78": "Phú Yên", "79": "Khánh Hòa", "80": "Cục Cảnh sát giao thông (cơ quan trung ương)", "81": "Gia Lai",
    "82": "Kon Tum", "83": "Sóc Trăng", "84": "Trà Vinh", "85": "Ninh Thuận", "86": "Bình Thuận",
    "88": "Vĩnh Phúc", "89": "Hưng Yên", "90": "Hà Nam", "92": "Quảng Nam", "93": "Bình Phước",
    "94": "Bạc Liêu", "95": "Hậu Giang", "97": "Bắc Kạn", "98": "Bắc Giang", "99": "Bắc Ninh",
}

# Health-insurance card beneficiary codes (first two letters): Decision 1351/QĐ-BHXH
# (2015) and its amendments. Meanings are given only where we are sure of them.
BHYT_OBJECTS: dict[str, str | None] = {
    "DN": "người lao động trong doanh nghiệp", "HC": "cán bộ, công chức, viên chức",
    "HT": "người hưởng lương hưu", "CC": "người có công với cách mạng", "CB": "cựu chiến binh",
    "QN": "quân nhân", "CA": "công an nhân dân", "TE": "trẻ em dưới 6 tuổi", "HS": "học sinh",
    "SV": "sinh viên", "HN": "người thuộc hộ nghèo", "CN": "người thuộc hộ cận nghèo",
    "GD": "người tham gia theo hộ gia đình", "DT": "người dân tộc thiểu số vùng khó khăn",
    **{code: None for code in ("HX", "CH", "NN", "TK", "XK", "TB", "NO", "CT", "XB", "TN", "CS", "CK", "KC",
                               "HD", "BT", "DK", "XD", "TS", "TC", "TQ", "TA", "TY", "HG", "LS", "PV",
                               "GB", "MS", "XN", "CY", "TD", "TU", "TV")},
}
