"""The citizens' lexicon: everyday words, old names and abbreviations, beside
the official wording of the catalogue (data only; seeded by migration 0011).

Built field by field (the catalogue's lĩnh vực, the ones citizens and small
businesses use most first), not from search misses: for each common procedure,
the words a citizen uses for its document, its action and its life event.
Each entry is (source of knowledge, phrases); the first phrase is the official
wording and occurs, as written, in the catalogue (a test checks it). Sources:

* ``catalogue``   the short form is defined in the catalogue's own texts
                  ("… (NNT)", "(sau đây gọi là …)"), or names use both forms
* ``usage``       everyday Vietnamese (Northern, Central, Southern usage noted)
* ``law``         an old name of a document, replaced by a newer law
* ``abbr``        an abbreviation in common public use (press, forms, portals)

Reviewed for harmful expansion: no bare one-syllable or very common phrase
(``nhập khẩu`` is an import, not moving residence; ``đổi tên`` is also a
company's), and no phrase that names two different procedures.
"""

LEXICON: list[tuple[str, tuple[str, ...]]] = [
    # -- Hộ tịch (civil status) -------------------------------------------
    ("usage: life event of a death", (
        "đăng ký khai tử", "làm giấy chứng tử", "làm giấy báo tử", "báo tử cho người chết",
        "khai tử cho người chết", "làm khai tử", "làm chứng tử")),
    ("usage: bachelor certificate (Southern: giấy chứng nhận độc thân)", (
        "xác nhận tình trạng hôn nhân", "giấy chứng nhận độc thân", "chứng nhận độc thân",
        "xác nhận chưa kết hôn", "giấy xác nhận tình trạng hôn nhân", "xác nhận độc thân",
        "xác nhận chưa có vợ", "xác nhận chưa có chồng")),
    ("usage: correcting a birth record", (
        "thay đổi, cải chính, bổ sung thông tin hộ tịch", "cải chính hộ tịch",
        "sửa giấy khai sinh", "sửa sai giấy khai sinh", "sửa tên trong giấy khai sinh",
        "đổi tên cho con", "đổi họ cho con", "cải chính ngày sinh", "sửa ngày sinh",
        "sửa năm sinh", "thay đổi họ tên", "đổi họ tên")),
    ("usage: changing ethnicity on the record", (
        "xác định lại dân tộc", "đổi dân tộc", "đổi thành phần dân tộc",
        "thay đổi dân tộc")),
    ("usage: a lost birth certificate, re-registered", (
        "đăng ký lại khai sinh", "làm lại giấy khai sinh", "khai sinh lại",
        "đăng ký khai sinh lại", "làm lại khai sinh")),
    ("usage: a copy of the birth record", (
        "bản sao trích lục hộ tịch", "trích lục khai sinh", "bản sao khai sinh",
        "trích lục giấy khai sinh", "sao lục khai sinh", "xin bản sao giấy khai sinh",
        "bản sao giấy khai sinh")),
    ("usage: recognising a father (child born outside marriage)", (
        "đăng ký nhận cha, mẹ, con", "nhận con ngoài giá thú", "công nhận cha con",
        "xác nhận cha con", "nhận cha cho con", "làm thủ tục nhận con")),
    ("usage: re-registering a marriage whose record is lost", (
        "đăng ký lại kết hôn", "làm lại giấy kết hôn", "làm lại giấy đăng ký kết hôn",
        "kết hôn lại")),
    ("usage: re-registering a death", (
        "đăng ký lại khai tử", "làm lại giấy chứng tử", "làm lại giấy báo tử")),
    ("usage: marrying a foreigner (incl. Southern 'lấy chồng ngoại')", (
        "đăng ký kết hôn có yếu tố nước ngoài", "kết hôn với người nước ngoài",
        "lấy chồng nước ngoài", "lấy vợ nước ngoài", "lấy chồng ngoại", "lấy vợ ngoại",
        "cưới người nước ngoài", "kết hôn với Việt kiều")),
    ("usage: divorce granted abroad, recorded at home", (
        "ghi vào sổ hộ tịch việc ly hôn", "ghi chú ly hôn", "ly hôn ở nước ngoài",
        "ghi chú ly hôn nước ngoài")),
    ("usage: marriage made abroad, recorded at home", (
        "ghi vào sổ hộ tịch việc kết hôn", "ghi chú kết hôn", "kết hôn ở nước ngoài",
        "ghi chú kết hôn nước ngoài")),
    ("usage: births abroad, recorded at home", (
        "ghi vào sổ hộ tịch việc hộ tịch khác", "ghi chú khai sinh",
        "khai sinh ở nước ngoài")),
    ("usage: guardianship", (
        "đăng ký giám hộ", "làm giám hộ", "nhận giám hộ", "làm người giám hộ",
        "giám hộ cho cháu")),
    ("usage: ending guardianship", (
        "chấm dứt giám hộ", "thôi giám hộ", "hủy giám hộ", "kết thúc giám hộ")),
    ("usage: newborn papers in one go (liên thông)", (
        "liên thông", "làm giấy tờ cho con mới sinh", "giấy tờ cho trẻ sơ sinh",
        "làm giấy tờ cho trẻ mới sinh", "làm khai sinh và bảo hiểm cho con")),
    ("usage: a newborn", (
        "trẻ em dưới 6 tuổi", "trẻ sơ sinh", "con mới sinh", "con mới đẻ",
        "em bé mới sinh", "trẻ mới sinh")),
    ("usage: health card of a child", (
        "thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "thẻ bảo hiểm y tế cho con",
        "bảo hiểm y tế cho con", "thẻ BHYT cho con", "thẻ BHYT cho trẻ em",
        "bảo hiểm y tế trẻ em", "thẻ BHYT trẻ em")),
    ("usage: Vietnamese abroad (kiều bào, Việt kiều)", (
        "người Việt Nam định cư ở nước ngoài", "Việt kiều", "kiều bào",
        "người Việt ở nước ngoài")),
    ("usage: confirming civil-status information", (
        "xác nhận thông tin hộ tịch", "xác nhận hộ tịch", "giấy xác nhận hộ tịch")),
    ("usage: adoption (Southern: xin con nuôi, nhận nuôi)", (
        "đăng ký việc nuôi con nuôi trong nước", "nhận nuôi con", "xin con nuôi",
        "nhận nuôi trẻ", "làm con nuôi", "nhận con nuôi")),
    ("usage: adopting a child of a foreign element", (
        "nuôi con nuôi có yếu tố nước ngoài", "người nước ngoài nhận con nuôi",
        "người nước ngoài xin con nuôi")),
    # -- Cư trú (residence) -------------------------------------------------
    ("law: Luật Cư trú 2020 abolished the household book; people still say it", (
        "đăng ký thường trú", "làm hộ khẩu", "nhập khẩu cho con", "nhập hộ khẩu cho con",
        "chuyển hộ khẩu", "chuyển hộ khẩu về", "đăng ký hộ khẩu thường trú",
        "nhập khẩu về nhà chồng", "nhập khẩu về nhà vợ", "lên hộ khẩu")),
    ("law/usage: temporary residence (KT3 is the old card)", (
        "đăng ký tạm trú", "làm tạm trú", "đăng ký KT3", "làm KT3", "làm sổ tạm trú",
        "đăng ký ở trọ", "khai báo ở trọ", "đăng ký tạm trú cho người thuê trọ",
        "đăng ký tạm trú cho sinh viên")),
    ("usage: extending temporary residence", (
        "gia hạn tạm trú", "gia hạn KT3", "gia hạn sổ tạm trú", "xin gia hạn tạm trú")),
    ("usage: guests staying overnight (lodging houses, homestays)", (
        "thông báo lưu trú", "báo lưu trú", "khai báo lưu trú", "báo khách lưu trú",
        "khai báo khách ở trọ", "báo có khách ở qua đêm", "khai báo khách nghỉ qua đêm",
        "khai báo khách thuê")),
    ("catalogue/law: form CT07 replaced the household book as proof", (
        "xác nhận thông tin về cư trú", "giấy xác nhận cư trú", "xác nhận cư trú",
        "mẫu CT07", "CT07", "xác nhận nơi cư trú", "giấy xác nhận hộ khẩu",
        "xác nhận hộ khẩu", "giấy xác nhận thông tin cư trú")),
    ("usage: deregistering temporary residence", (
        "xóa đăng ký tạm trú", "xóa tạm trú", "cắt tạm trú", "hủy tạm trú")),
    ("catalogue/usage: absence from home (form CT03)", (
        "khai báo tạm vắng", "báo đi vắng", "khai báo đi vắng", "CT03",
        "đi làm xa khai báo tạm vắng")),
    ("usage: household head and residence details", (
        "điều chỉnh thông tin về cư trú", "thay đổi chủ hộ", "đổi chủ hộ",
        "sửa thông tin hộ khẩu", "sửa thông tin cư trú", "điều chỉnh hộ khẩu")),
    ("usage: splitting a household", (
        "tách hộ", "tách hộ khẩu riêng", "ra ở riêng tách hộ", "tách khẩu ra riêng")),
    ("usage: deregistering permanent residence", (
        "xóa đăng ký thường trú", "xóa hộ khẩu", "xóa thường trú", "cắt khẩu người chết",
        "xóa tên trong hộ khẩu")),
    # -- Căn cước (identity) ------------------------------------------------
    ("law: Luật Căn cước 2023 renamed the citizen identity card", (
        "thẻ căn cước", "căn cước gắn chip", "CCCD gắn chip", "thẻ căn cước công dân",
        "căn cước công dân gắn chip", "thẻ chip", "CMND gắn chip")),
    ("usage: first identity card (làm căn cước)", (
        "cấp thẻ căn cước", "làm căn cước", "làm CCCD", "làm căn cước công dân",
        "làm thẻ căn cước", "làm chứng minh thư", "làm chứng minh nhân dân",
        "làm CMND")),
    ("usage: renewing an identity card (turning 25, 40, 60)", (
        "cấp đổi thẻ căn cước", "đổi căn cước", "đổi CCCD", "đổi chứng minh thư",
        "đổi CMND sang căn cước", "đổi sang căn cước", "đổi thẻ căn cước",
        "đổi căn cước khi đủ 25 tuổi")),
    ("usage: replacing a lost identity card", (
        "cấp lại thẻ căn cước", "làm lại căn cước", "làm lại CCCD", "mất căn cước",
        "mất CCCD", "mất chứng minh thư", "làm lại chứng minh thư", "mất thẻ căn cước")),
    ("usage: identity card for a child", (
        "cấp thẻ căn cước cho người dưới 14 tuổi", "căn cước cho trẻ em",
        "làm căn cước cho con", "căn cước cho con", "CCCD cho trẻ em",
        "làm CCCD cho con")),
    ("law: identity certificate for people of Vietnamese origin", (
        "giấy chứng nhận căn cước", "chứng nhận căn cước", "giấy căn cước")),
    ("usage: updating the card's details", (
        "tích hợp, cập nhật, điều chỉnh thông tin trên thẻ căn cước",
        "tích hợp thông tin vào căn cước", "tích hợp giấy tờ vào CCCD",
        "sửa thông tin căn cước", "cập nhật thông tin căn cước")),
    ("usage: national population database (dân cư)", (
        "cơ sở dữ liệu quốc gia về dân cư", "dữ liệu dân cư", "CSDLQG về dân cư",
        "CSDL dân cư")),
    ("abbr/usage: electronic identity (VNeID levels 1 and 2)", (
        "tài khoản định danh điện tử", "VNeID", "tài khoản VNeID", "định danh mức 2",
        "định danh mức độ 2", "định danh điện tử mức 2", "kích hoạt VNeID",
        "đăng ký VNeID")),
    ("usage: locking or unlocking VNeID", (
        "mở khóa tài khoản định danh điện tử", "mở khóa VNeID", "mở khóa định danh",
        "bị khóa VNeID")),
    ("usage: biometric data", (
        "thông tin sinh trắc học", "sinh trắc học", "lấy vân tay", "thu nhận vân tay",
        "mống mắt")),
    # -- Xuất nhập cảnh ----------------------------------------------------
    ("usage: passport (loan word, Southern 'hộ chiếu đi nước ngoài')", (
        "cấp hộ chiếu phổ thông", "làm hộ chiếu", "làm passport", "xin hộ chiếu",
        "làm hộ chiếu đi nước ngoài", "cấp passport", "làm hộ chiếu gắn chip",
        "làm visa đi nước ngoài")),
    ("usage: lost passport", (
        "trình báo mất hộ chiếu phổ thông", "mất hộ chiếu", "mất passport",
        "báo mất hộ chiếu", "làm mất hộ chiếu", "thất lạc hộ chiếu")),
    ("usage: passport restored after being reported lost", (
        "khôi phục giá trị sử dụng hộ chiếu", "khôi phục hộ chiếu", "tìm lại hộ chiếu",
        "hộ chiếu bị hủy")),
    ("usage/loan word: visa", (
        "thị thực", "visa", "cấp visa", "xin visa", "thị thực điện tử", "e-visa",
        "evisa")),
    ("usage: foreigners' temporary residence card", (
        "thẻ tạm trú cho người nước ngoài", "thẻ tạm trú", "TRC", "thẻ tạm trú nước ngoài",
        "gia hạn visa cho người nước ngoài")),
    ("usage: foreigners' permanent residence card", (
        "thẻ thường trú cho người nước ngoài", "thẻ thường trú", "PRC",
        "thường trú cho người nước ngoài")),
    ("catalogue/abbr: APEC business travel card", (
        "thẻ ABTC", "thẻ đi lại doanh nhân APEC", "APEC card", "ABTC",
        "thẻ doanh nhân APEC")),
    ("usage: visa exemption for overseas Vietnamese", (
        "giấy miễn thị thực", "miễn thị thực", "miễn visa", "giấy miễn visa",
        "miễn thị thực 5 năm")),
    ("usage: border pass", (
        "giấy thông hành", "giấy thông hành biên giới", "giấy thông hành Lào",
        "giấy thông hành Trung Quốc")),
    ("usage: reporting foreign guests' stay", (
        "khai báo tạm trú cho người nước ngoài", "khai báo tạm trú người nước ngoài",
        "báo tạm trú cho người nước ngoài", "khai báo khách nước ngoài",
        "khai báo người nước ngoài ở trọ")),
    ("usage: automatic gates at airports", (
        "cổng kiểm soát tự động", "autogate", "cổng tự động sân bay")),
    # -- Giấy phép lái xe, xe ----------------------------------------------
    ("usage: driving licence (Southern 'bằng lái'; B2/A1 classes)", (
        "cấp giấy phép lái xe", "thi bằng lái", "thi bằng lái xe", "học bằng lái",
        "làm bằng lái", "làm bằng lái xe", "thi lấy bằng lái", "thi GPLX",
        "thi bằng A1", "thi bằng B2", "thi bằng B")),
    ("usage: renewing or converting a licence (paper to PET card)", (
        "đổi giấy phép lái xe", "đổi bằng lái", "đổi bằng lái xe", "đổi GPLX",
        "đổi bằng lái xe thẻ PET", "gia hạn bằng lái", "gia hạn GPLX",
        "gia hạn giấy phép lái xe", "đổi bằng lái hết hạn")),
    ("usage: a lost licence", (
        "cấp lại giấy phép lái xe", "làm lại bằng lái", "mất bằng lái",
        "mất bằng lái xe", "mất GPLX", "làm lại GPLX", "cấp lại bằng lái")),
    ("usage: international driving permit", (
        "giấy phép lái xe quốc tế", "bằng lái quốc tế", "bằng lái xe quốc tế",
        "IDP", "GPLX quốc tế")),
    ("usage: a foreigner's licence", (
        "đổi giấy phép lái xe hoặc bằng lái xe của người nước ngoài",
        "đổi bằng lái nước ngoài", "đổi bằng lái của người nước ngoài",
        "bằng lái nước ngoài")),
    ("usage: licence revoked (points system)", (
        "thu hồi giấy phép lái xe", "bị tước bằng lái", "tước bằng lái",
        "bị thu bằng lái", "thu bằng lái")),
    ("usage: registration certificate (cà vẹt from French carte grise, Southern)", (
        "chứng nhận đăng ký xe", "giấy đăng ký xe", "cà vẹt xe", "cavet xe", "cà vẹt",
        "cavet", "giấy tờ xe", "đăng ký xe máy", "đăng ký xe ô tô")),
    ("usage: first registration of a new vehicle", (
        "đăng ký xe lần đầu", "đăng ký xe mới", "đăng ký xe mới mua", "bấm biển số",
        "làm biển số xe", "bấm biển", "ra biển số", "lấy biển số")),
    ("usage: buying a used vehicle", (
        "đăng ký sang tên xe", "sang tên xe máy", "sang tên ô tô", "sang tên xe cũ",
        "mua xe cũ sang tên", "sang tên đổi chủ", "sang tên đổi chủ xe")),
    ("usage: replacing lost plates or certificate", (
        "cấp lại chứng nhận đăng ký xe, biển số xe", "mất cà vẹt", "mất giấy đăng ký xe",
        "mất biển số", "làm lại cà vẹt", "làm lại giấy đăng ký xe", "mất đăng ký xe")),
    ("usage: deregistering a scrapped or sold vehicle", (
        "thu hồi chứng nhận đăng ký xe", "rút hồ sơ gốc", "rút hồ sơ xe", "hủy đăng ký xe",
        "xóa đăng ký xe", "thu hồi biển số")),
    ("usage: temporary plates", (
        "đăng ký xe tạm thời", "biển số tạm", "biển tạm", "đăng ký tạm thời xe")),
    ("usage: motorbike (Southern 'xe gắn máy', Central 'xe máy')", (
        "xe mô tô, xe gắn máy", "xe máy", "xe moto", "xe honda")),
    ("usage: car inspection (đăng kiểm)", (
        "kiểm định xe cơ giới", "đăng kiểm xe", "đăng kiểm ô tô", "đi đăng kiểm",
        "kiểm định ô tô", "tem đăng kiểm", "đăng kiểm xe ô tô")),
    ("usage: emissions test of motorbikes", (
        "kiểm định khí thải xe mô tô, xe gắn máy", "kiểm tra khí thải xe máy",
        "đo khí thải xe máy", "khí thải xe máy")),
    ("usage: modifying a vehicle", (
        "giấy chứng nhận cải tạo", "cải tạo xe", "hoán cải xe",
        "cải tạo ô tô")),
    ("abbr: vehicle classes", ("xe cơ giới", "phương tiện cơ giới", "xe cộ")),
    ("usage: road-traffic law course", (
        "bồi dưỡng kiến thức pháp luật về giao thông đường bộ", "học luật giao thông",
        "học lại luật giao thông", "thi lại luật giao thông")),
    # -- Đất đai (land) ------------------------------------------------------
    ("usage: land certificate (sổ đỏ North, sổ hồng South, bìa đỏ Central)", (
        "giấy chứng nhận quyền sử dụng đất", "làm sổ đỏ", "cấp sổ đỏ", "làm sổ hồng",
        "cấp sổ hồng", "giấy đỏ", "bìa hồng", "sổ đỏ", "sổ hồng", "giấy tờ nhà đất",
        "giấy chứng nhận nhà đất")),
    ("usage: first land certificate", (
        "đăng ký đất đai lần đầu", "làm sổ đỏ lần đầu", "cấp sổ đỏ lần đầu",
        "cấp giấy chứng nhận lần đầu", "xin cấp sổ đỏ lần đầu", "cấp sổ lần đầu")),
    ("usage: replacing a worn-out land certificate", (
        "cấp đổi giấy chứng nhận quyền sử dụng đất", "đổi sổ đỏ", "đổi sổ hồng",
        "cấp đổi sổ đỏ", "đổi sổ đỏ cũ", "đổi sổ mới")),
    ("usage: a lost land certificate", (
        "cấp lại giấy chứng nhận do bị mất", "mất sổ đỏ", "mất sổ hồng", "làm lại sổ đỏ",
        "cấp lại sổ đỏ", "mất giấy chứng nhận quyền sử dụng đất", "mất bìa đỏ")),
    ("usage: correcting a land certificate", (
        "đính chính giấy chứng nhận", "sửa sổ đỏ", "sửa sai sổ đỏ", "sổ đỏ bị sai",
        "đính chính sổ đỏ", "sửa thông tin sổ đỏ")),
    ("usage: dividing or merging plots", (
        "tách thửa hoặc hợp thửa đất", "tách sổ đỏ", "chia sổ đỏ", "tách thửa",
        "hợp thửa", "tách đất", "chia đất cho con", "tách sổ", "gộp sổ đỏ")),
    # selling land: the seed group "chuyển nhượng quyền sử dụng đất" has it; a
    # second group with "nhận chuyển nhượng …" pulled in investors' procedures
    ("usage: changing land use (lên thổ cư)", (
        "chuyển mục đích sử dụng đất", "lên thổ cư", "chuyển lên thổ cư",
        "chuyển đất nông nghiệp sang đất ở", "chuyển đất vườn lên thổ cư",
        "chuyển đổi mục đích sử dụng đất", "lên đất ở")),
    ("usage: land disputes", (
        "tranh chấp đất đai", "tranh chấp đất", "kiện đất", "giành đất", "lấn chiếm đất",
        "tranh chấp ranh giới đất")),
    ("usage: mediating a land dispute at the commune", (
        "hòa giải tranh chấp đất đai", "hòa giải đất đai", "hòa giải tranh chấp đất")),
    ("usage: land-use debt recorded on the certificate", (
        "xóa ghi nợ tiền sử dụng đất", "xóa nợ tiền sử dụng đất", "xóa nợ sổ đỏ",
        "nợ tiền sử dụng đất", "xóa ghi nợ trên sổ đỏ")),
    ("usage: changes recorded on the certificate (biến động)", (
        "đăng ký biến động", "cập nhật biến động", "chỉnh lý biến động", "sang tên sổ")),
    ("usage: renting land from the state", (
        "giao đất, cho thuê đất", "xin giao đất", "thuê đất nhà nước", "xin thuê đất",
        "xin cấp đất")),
    ("usage: continuing to farm land", (
        "tiếp tục sử dụng đất nông nghiệp", "gia hạn đất nông nghiệp",
        "gia hạn sử dụng đất", "hết hạn đất nông nghiệp")),
    ("usage: land-use tax and fees", (
        "tiền sử dụng đất", "tiền đất", "thuế đất", "tiền thuế đất")),
    ("abbr: land registration office", (
        "văn phòng đăng ký đất đai", "VPĐKĐĐ", "văn phòng đất đai")),
    ("usage: house and land mortgage", (
        "đăng ký biện pháp bảo đảm bằng quyền sử dụng đất", "thế chấp sổ đỏ",
        "thế chấp nhà đất", "thế chấp đất", "vay ngân hàng bằng sổ đỏ", "cắm sổ đỏ",
        "thế chấp sổ hồng", "cầm sổ đỏ")),
    ("usage: releasing a mortgage (giải chấp)", (
        "xóa đăng ký biện pháp bảo đảm", "giải chấp sổ đỏ", "xóa thế chấp sổ đỏ",
        "rút sổ đỏ ngân hàng", "xóa thế chấp nhà đất", "giải chấp")),
    ("usage: mortgaging a car or goods", (
        "biện pháp bảo đảm bằng động sản", "thế chấp xe", "thế chấp ô tô",
        "thế chấp tài sản", "thế chấp xe ô tô")),
    # -- Xây dựng, nhà ở ---------------------------------------------------
    ("usage: building permit for a house", (
        "cấp giấy phép xây dựng", "xin giấy phép xây dựng", "xin phép xây nhà",
        "giấy phép xây nhà", "làm giấy phép xây dựng", "xin phép xây dựng nhà ở",
        "phép xây dựng nhà")),
    ("usage: permit to repair or renovate", (
        "giấy phép xây dựng sửa chữa, cải tạo", "xin phép sửa nhà", "sửa nhà",
        "cải tạo nhà", "sửa chữa nhà ở", "nâng tầng nhà", "cơi nới nhà")),
    ("usage: extending a permit", (
        "gia hạn giấy phép xây dựng", "gia hạn phép xây dựng", "giấy phép xây dựng hết hạn")),
    ("usage: moving a building", (
        "giấy phép di dời", "di dời nhà", "di dời công trình", "dời nhà")),
    ("usage: small houses (cấp IV), Southern 'nhà cấp 4'", (
        "công trình cấp III, cấp IV", "nhà cấp 4", "nhà cấp bốn", "nhà cấp IV",
        "nhà cấp 3")),
    ("usage: social housing (nhà ở xã hội, NOXH)", (
        "nhà ở xã hội", "NOXH", "mua nhà ở xã hội", "thuê nhà ở xã hội",
        "nhà giá rẻ", "chung cư xã hội")),
    ("usage: apartment buildings", (
        "nhà chung cư", "chung cư", "căn hộ chung cư", "căn hộ")),
    ("usage: official housing for staff", (
        "nhà ở công vụ", "nhà công vụ", "thuê nhà công vụ")),
    ("usage: old state-owned flats", (
        "nhà ở cũ thuộc tài sản công", "nhà tập thể cũ", "nhà nước cho thuê",
        "mua nhà thuộc sở hữu nhà nước", "nhà thuộc sở hữu nhà nước")),
    ("usage: construction practice certificate", (
        "chứng chỉ hành nghề hoạt động xây dựng", "chứng chỉ hành nghề xây dựng",
        "CCHN xây dựng", "chứng chỉ xây dựng")),
    ("usage: architect's certificate", (
        "chứng chỉ hành nghề kiến trúc", "chứng chỉ kiến trúc sư", "CCHN kiến trúc")),
    ("usage: real-estate broker certificate", (
        "chứng chỉ hành nghề môi giới bất động sản", "chứng chỉ môi giới nhà đất",
        "chứng chỉ môi giới BĐS", "môi giới nhà đất")),
    ("abbr: real estate", ("bất động sản", "BĐS", "BDS", "nhà đất")),
    ("usage: housing for the poor", (
        "hỗ trợ nhà ở cho hộ nghèo", "xây nhà cho hộ nghèo", "hỗ trợ làm nhà",
        "nhà tình thương", "nhà đại đoàn kết", "xóa nhà tạm")),
    ("usage: foreigners owning a home", (
        "sở hữu nhà ở tại Việt Nam của tổ chức, cá nhân nước ngoài",
        "người nước ngoài mua nhà", "người nước ngoài sở hữu nhà",
        "nước ngoài mua nhà")),
    ("usage: fire safety approval (PCCC) of a building", (
        "thẩm định thiết kế về phòng cháy chữa cháy", "thẩm duyệt PCCC",
        "thẩm duyệt phòng cháy", "duyệt PCCC", "xin phép PCCC", "giấy phép PCCC",
        "thẩm duyệt thiết kế PCCC")),
    ("usage: fire safety acceptance", (
        "nghiệm thu về phòng cháy chữa cháy", "nghiệm thu PCCC", "nghiệm thu phòng cháy")),
    # -- Doanh nghiệp, hộ kinh doanh -----------------------------------------
    ("usage: starting a company (Southern 'mở công ty', 'ra công ty')", (
        "đăng ký thành lập", "mở công ty", "lập công ty", "thành lập công ty",
        "ra công ty", "mở doanh nghiệp", "lập doanh nghiệp", "đăng ký công ty",
        "thành lập doanh nghiệp")),
    ("abbr: limited company (TNHH, MTV)", (
        "công ty TNHH một thành viên", "công ty trách nhiệm hữu hạn một thành viên",
        "TNHH MTV", "công ty TNHH MTV", "công ty một thành viên")),
    ("abbr: limited company with partners", (
        "công ty TNHH hai thành viên trở lên", "TNHH 2 thành viên", "công ty TNHH 2TV",
        "công ty hai thành viên", "TNHH hai thành viên")),
    ("abbr: joint-stock company (JSC)", (
        "công ty cổ phần", "CTCP", "JSC", "công ty CP")),
    ("abbr: sole proprietorship", (
        "doanh nghiệp tư nhân", "DNTN", "công ty tư nhân")),
    ("usage: household business (Southern 'kinh doanh cá thể', 'hộ cá thể')", (
        "đăng ký thành lập hộ kinh doanh", "đăng ký hộ kinh doanh", "mở hộ kinh doanh",
        "đăng ký kinh doanh hộ cá thể", "giấy phép kinh doanh hộ cá thể",
        "mở tiệm", "mở quán", "mở cửa hàng", "đăng ký kinh doanh cá thể",
        "mở shop", "đăng ký hộ cá thể", "làm giấy phép kinh doanh", "đăng ký HKD")),
    ("usage: pausing a business", (
        "tạm ngừng kinh doanh", "tạm nghỉ kinh doanh", "tạm dừng kinh doanh",
        "ngưng kinh doanh", "đóng cửa tạm thời", "nghỉ bán")),
    ("usage: closing a household business", (
        "chấm dứt hoạt động hộ kinh doanh", "đóng hộ kinh doanh", "giải thể hộ kinh doanh",
        "nghỉ kinh doanh hẳn", "đóng cửa tiệm", "trả giấy phép kinh doanh")),
    ("usage: changing a household business", (
        "thay đổi nội dung đăng ký hộ kinh doanh", "thay đổi giấy phép kinh doanh hộ",
        "đổi ngành nghề hộ kinh doanh", "chuyển địa điểm hộ kinh doanh")),
    ("usage: closing a company", (
        "giải thể doanh nghiệp", "đóng cửa công ty", "giải thể công ty", "đóng công ty",
        "dẹp công ty", "giải thể DN")),
    ("usage: changing company details (đổi tên công ty, đổi địa chỉ)", (
        "đăng ký thay đổi địa chỉ trụ sở chính", "đổi địa chỉ công ty",
        "chuyển trụ sở công ty", "đổi tên công ty", "thay đổi tên công ty",
        "thay đổi trụ sở", "chuyển địa chỉ công ty")),
    ("usage: capital increase", (
        "đăng ký thay đổi vốn điều lệ", "tăng vốn điều lệ", "giảm vốn điều lệ",
        "tăng vốn công ty", "thay đổi vốn điều lệ")),
    ("usage: changing the legal representative or director", (
        "người đại diện theo pháp luật", "thay đổi giám đốc", "đổi giám đốc",
        "thay người đại diện", "đổi người đại diện")),
    ("usage: branches and representative offices (chi nhánh, VPĐD)", (
        "đăng ký hoạt động chi nhánh, văn phòng đại diện", "mở chi nhánh",
        "thành lập chi nhánh", "mở văn phòng đại diện", "lập chi nhánh công ty",
        "mở địa điểm kinh doanh")),
    ("usage: business registration certificate (GCN ĐKDN, 'giấy phép kinh doanh')", (
        "giấy chứng nhận đăng ký doanh nghiệp", "giấy phép kinh doanh công ty",
        "GCN ĐKDN", "GCNĐKDN", "giấy ĐKKD", "giấy đăng ký kinh doanh",
        "giấy phép đăng ký kinh doanh")),
    ("usage: replacing a lost business certificate", (
        "cấp lại giấy chứng nhận đăng ký doanh nghiệp", "mất giấy phép kinh doanh",
        "làm lại giấy phép kinh doanh", "cấp lại giấy phép kinh doanh",
        "mất giấy đăng ký kinh doanh")),
    ("usage: converting company types", (
        "chuyển đổi công ty trách nhiệm hữu hạn thành công ty cổ phần",
        "chuyển TNHH sang cổ phần", "chuyển đổi loại hình doanh nghiệp",
        "chuyển đổi loại hình công ty")),
    ("usage: cooperatives (HTX)", (
        "hợp tác xã", "HTX", "lập hợp tác xã", "thành lập HTX", "liên hiệp HTX")),
    ("usage: company seal", (
        "mẫu con dấu", "khắc dấu", "làm con dấu", "con dấu công ty", "đăng ký con dấu",
        "khắc con dấu")),
    ("abbr: foreign investment (FDI, IRC)", (
        "giấy chứng nhận đăng ký đầu tư", "IRC", "GCNĐKĐT", "giấy phép đầu tư",
        "chứng nhận đầu tư")),
    ("usage: foreign investors (nhà đầu tư nước ngoài, NĐT NN)", (
        "nhà đầu tư nước ngoài", "NĐTNN", "nhà đầu tư ngoại", "người nước ngoài đầu tư",
        "vốn đầu tư nước ngoài")),
    ("usage: small and medium businesses (SME)", (
        "doanh nghiệp nhỏ và vừa", "DNNVV", "SME", "doanh nghiệp vừa và nhỏ")),
    ("usage: social enterprise", ("doanh nghiệp xã hội", "DNXH")),
    ("usage: public-private partnership", (
        "đối tác công tư", "PPP", "hợp tác công tư", "BOT")),
    ("usage: conditional business lines needing a police certificate", (
        "giấy chứng nhận đủ điều kiện về an ninh, trật tự", "giấy an ninh trật tự",
        "giấy phép an ninh trật tự", "ANTT", "chứng nhận an ninh trật tự",
        "giấy phép ANTT")),
    ("usage: free-sale certificate (CFS)", (
        "giấy chứng nhận lưu hành tự do", "CFS", "chứng nhận lưu hành tự do")),
    ("usage: certificate of origin (C/O)", (
        "giấy chứng nhận xuất xứ", "C/O", "chứng nhận xuất xứ", "xuất xứ hàng hóa")),
    ("usage: food safety certificate for an eatery", (
        "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "giấy ATTP",
        "giấy chứng nhận ATTP", "giấy phép vệ sinh an toàn thực phẩm",
        "giấy phép ATTP", "chứng nhận vệ sinh an toàn thực phẩm",
        "giấy vệ sinh an toàn thực phẩm")),
    ("abbr: good practices (GMP, GAP, HACCP)", (
        "thực hành sản xuất tốt", "GMP", "tiêu chuẩn GMP")),
    ("catalogue abbr: good agricultural practice", (
        "thực hành nông nghiệp tốt", "VietGAP", "GAP", "GlobalGAP")),
    ("catalogue abbr: hazard analysis", (
        "phân tích mối nguy và điểm kiểm soát tới hạn", "HACCP")),
    ("catalogue abbr: quality management standard", (
        "hệ thống quản lý chất lượng", "ISO", "ISO 9001")),
    ("catalogue abbr: national technical regulations", (
        "quy chuẩn kỹ thuật quốc gia", "QCVN", "quy chuẩn Việt Nam")),
    ("catalogue abbr: national standard", ("tiêu chuẩn quốc gia", "TCVN")),
    ("catalogue abbr: environmental impact assessment", (
        "đánh giá tác động môi trường", "ĐTM", "DTM", "báo cáo ĐTM",
        "báo cáo đánh giá tác động môi trường")),
    ("usage: environmental permit", (
        "giấy phép môi trường", "GPMT", "giấy phép môi trường cho cơ sở")),
    ("catalogue abbr: hazardous waste", ("chất thải nguy hại", "CTNH", "rác thải nguy hại")),
    ("catalogue abbr: export processing enterprise", ("doanh nghiệp chế xuất", "DNCX")),
    # -- Thuế, phí, tài chính ---------------------------------------------------
    ("catalogue abbr: taxpayer", ("người nộp thuế", "NNT")),
    ("usage: getting a personal tax code (mã số thuế cá nhân)", (
        "đăng ký thuế lần đầu đối với người nộp thuế là cá nhân", "đăng ký mã số thuế cá nhân",
        "làm mã số thuế cá nhân", "xin mã số thuế", "làm mã số thuế", "MST cá nhân",
        "đăng ký MST", "cấp mã số thuế", "lấy mã số thuế")),
    ("usage: dependants for tax relief (người phụ thuộc)", (
        "người phụ thuộc", "đăng ký người phụ thuộc", "NPT", "giảm trừ gia cảnh",
        "đăng ký giảm trừ gia cảnh")),
    ("usage: closing a tax code", (
        "chấm dứt hiệu lực mã số thuế", "đóng mã số thuế", "khóa mã số thuế",
        "hủy mã số thuế", "đóng MST")),
    ("usage: reopening a tax code", (
        "khôi phục mã số thuế", "mở lại mã số thuế", "mở lại MST", "khôi phục MST")),
    ("usage: changing tax details", (
        "thay đổi thông tin đăng ký thuế", "đổi thông tin mã số thuế",
        "cập nhật thông tin thuế", "sửa thông tin mã số thuế")),
    ("usage: personal income tax return (quyết toán thuế TNCN)", (
        "quyết toán thuế thu nhập cá nhân", "quyết toán thuế TNCN", "quyết toán TNCN",
        "tự quyết toán thuế", "quyết toán thuế cuối năm", "quyết toán thuế cá nhân")),
    ("usage: income tax refund", (
        "hoàn thuế TNCN", "hoàn thuế thu nhập cá nhân", "lấy lại tiền thuế TNCN",
        "hoàn tiền thuế thu nhập cá nhân", "đòi lại thuế TNCN")),
    ("usage: VAT refund (hoàn thuế GTGT, Southern 'hoàn VAT')", (
        "hoàn thuế giá trị gia tăng", "hoàn thuế GTGT", "hoàn thuế VAT", "hoàn VAT",
        "hoàn thuế VAT cho doanh nghiệp")),
    ("usage: VAT refund for tourists leaving", (
        "hoàn thuế giá trị gia tăng cho người nước ngoài", "hoàn VAT cho khách du lịch",
        "hoàn thuế cho khách nước ngoài", "VAT refund")),
    ("usage: registration fee on land, houses, vehicles (trước bạ)", (
        "lệ phí trước bạ", "nộp trước bạ", "đóng trước bạ", "tiền trước bạ",
        "khai trước bạ", "thuế trước bạ nhà đất", "đóng thuế trước bạ")),
    ("usage: tax of household businesses (thuế khoán)", (
        "hộ kinh doanh, cá nhân kinh doanh", "thuế khoán", "thuế hộ kinh doanh",
        "thuế hộ cá thể", "thuế buôn bán nhỏ", "thuế kinh doanh cá thể")),
    ("usage: selling online (TikTok, Shopee)", (
        "kinh doanh trên nền tảng thương mại điện tử", "bán hàng online",
        "bán hàng qua mạng", "bán hàng trên Shopee", "bán hàng TikTok",
        "kinh doanh online", "thuế bán hàng online")),
    ("abbr/usage: electronic invoices (HĐĐT)", (
        "hóa đơn điện tử", "HĐĐT", "HDDT", "đăng ký hóa đơn điện tử",
        "sử dụng hóa đơn điện tử", "xuất hóa đơn", "hóa đơn VAT", "hóa đơn đỏ")),
    ("usage: wrongly issued invoice", (
        "hóa đơn điện tử đã lập sai", "xuất sai hóa đơn", "hủy hóa đơn",
        "điều chỉnh hóa đơn", "hóa đơn sai")),
    ("usage: paying tax electronically", (
        "nộp thuế điện tử", "nộp thuế online", "nộp thuế qua mạng", "đóng thuế online")),
    ("abbr: state budget", ("ngân sách nhà nước", "NSNN")),
    ("abbr: state treasury (KBNN)", ("kho bạc nhà nước", "KBNN", "kho bạc")),
    ("abbr: corporate income tax", (
        "thuế thu nhập doanh nghiệp", "thuế TNDN", "TNDN", "quyết toán thuế TNDN")),
    ("abbr: special consumption tax", ("thuế tiêu thụ đặc biệt", "thuế TTĐB", "TTĐB")),
    ("usage: tax agents", (
        "dịch vụ làm thủ tục về thuế", "đại lý thuế", "dịch vụ kế toán thuế",
        "chứng chỉ đại lý thuế")),
    ("usage: double taxation agreements", (
        "hiệp định tránh đánh thuế hai lần", "tránh đánh thuế 2 lần",
        "đánh thuế hai lần", "DTA")),
    ("usage: customs declaration (tờ khai hải quan)", (
        "tờ khai hải quan", "khai hải quan", "làm thủ tục hải quan", "tờ khai HQ",
        "khai báo hải quan", "thông quan")),
    ("usage: customs agent licence", (
        "chứng chỉ nghiệp vụ khai hải quan", "chứng chỉ khai hải quan",
        "đại lý hải quan", "chứng chỉ hải quan")),
    ("abbr: export/import", (
        "xuất khẩu, nhập khẩu", "XNK", "xuất nhập khẩu", "hàng xuất nhập khẩu")),
    ("usage: duty-free shops", ("cửa hàng miễn thuế", "duty free", "hàng miễn thuế")),
    ("usage: foreign currency", (
        "ngoại tệ", "USD", "đổi ngoại tệ", "tiền nước ngoài")),
    ("usage: moving money abroad", (
        "chuyển tiền ra nước ngoài", "chuyển tiền đi nước ngoài", "gửi tiền ra nước ngoài",
        "chuyển ngoại tệ ra nước ngoài")),
    ("usage: gold trading", (
        "kinh doanh mua, bán vàng miếng", "mua bán vàng", "tiệm vàng", "kinh doanh vàng",
        "mua bán vàng miếng", "kinh doanh vàng miếng")),
    ("usage: bank licences", (
        "tổ chức tín dụng", "TCTD")),
    ("catalogue abbr: State Bank", ("ngân hàng nhà nước", "NHNN")),
    ("catalogue abbr: State Securities Commission", (
        "ủy ban chứng khoán nhà nước", "UBCKNN", "UBCK")),
    ("usage: securities (stocks, shares)", (
        "chứng khoán", "cổ phiếu", "trái phiếu", "mua bán cổ phiếu")),
    ("usage: auditors and accountants", (
        "chứng chỉ kiểm toán viên", "chứng chỉ kiểm toán", "CPA", "thi kiểm toán viên")),
    ("usage: accountants' certificate", (
        "chứng chỉ kế toán viên", "chứng chỉ kế toán", "thi chứng chỉ kế toán")),
    ("usage: insurance agents", (
        "chứng chỉ đại lý bảo hiểm", "thi đại lý bảo hiểm", "làm đại lý bảo hiểm",
        "đại lý bảo hiểm nhân thọ")),
    ("usage: valuation", ("thẩm định giá", "định giá", "thẩm định giá tài sản")),
    ("usage: lottery and prize promotions", (
        "khuyến mại", "khuyến mãi", "chương trình khuyến mãi")),
    # -- BHXH, BHYT, lao động ------------------------------------------------
    ("usage: one-off social insurance withdrawal (rút BHXH)", (
        "bảo hiểm xã hội một lần", "rút bảo hiểm xã hội một lần", "rút BHXH 1 lần",
        "rút sổ BHXH", "lãnh BHXH một lần", "lấy tiền bảo hiểm xã hội",
        "rút tiền bảo hiểm xã hội", "nhận BHXH một lần", "rút bảo hiểm một lần")),
    ("usage: maternity benefit (Southern 'tiền thai sản', 'nghỉ đẻ')", (
        "hưởng chế độ thai sản", "tiền thai sản", "nhận tiền thai sản", "nghỉ thai sản",
        "nghỉ đẻ", "chế độ thai sản", "hưởng thai sản", "lãnh thai sản",
        "tiền sinh con")),
    ("usage: sickness benefit", (
        "hưởng chế độ ốm đau", "tiền ốm đau", "nghỉ ốm hưởng bảo hiểm",
        "chế độ ốm đau", "nghỉ ốm")),
    ("usage: survivors' benefit, funeral allowance", (
        "hưởng chế độ tử tuất", "tử tuất", "tiền tử tuất", "trợ cấp mai táng",
        "tiền mai táng", "mai táng phí", "chế độ tử tuất", "người đóng bảo hiểm chết")),
    # "nhận/hưởng lương hưu" stay two units ("nhận" ~ "lĩnh", "lương hưu" ~
    # "chế độ bảo hiểm xã hội" in the seed groups)
    ("usage: pension (Southern 'lãnh lương hưu')", (
        "lương hưu", "lãnh lương hưu", "tiền lương hưu", "chế độ hưu trí",
        "chế độ bảo hiểm xã hội")),
    ("usage: pension paid to a bank account", (
        "lĩnh chế độ bảo hiểm xã hội bằng tiền mặt chuyển sang lĩnh",
        "nhận lương hưu qua tài khoản", "lương hưu qua ngân hàng",
        "chuyển lương hưu qua ATM", "nhận lương hưu qua ATM")),
    ("usage: collecting on someone's behalf", (
        "ủy quyền lĩnh thay", "lĩnh thay", "nhận thay lương hưu", "lãnh thay",
        "nhận hộ lương hưu")),
    ("usage: arrears after the pensioner's death", (
        "truy lĩnh lương hưu", "truy lĩnh", "nhận tiền lương hưu còn lại",
        "lĩnh lương hưu của người đã mất")),
    ("usage: moving a pension to another province", (
        "chuyển hưởng sang địa bàn khác", "chuyển nơi nhận lương hưu",
        "chuyển lương hưu về tỉnh khác", "chuyển nơi lĩnh lương hưu")),
    ("usage: work accidents", (
        "tai nạn lao động", "TNLĐ", "bị tai nạn khi làm việc", "tai nạn khi đi làm",
        "tai nạn trên đường đi làm")),
    ("catalogue abbr: occupational disease", ("bệnh nghề nghiệp", "BNN")),
    ("catalogue abbr: recovery leave after sickness or childbirth", (
        "DSPHSK", "dưỡng sức phục hồi sức khỏe", "nghỉ dưỡng sức", "dưỡng sức sau sinh",
        "nghỉ dưỡng sức sau ốm")),
    ("usage: unemployment benefit (BHTN)", (
        "trợ cấp thất nghiệp", "bảo hiểm thất nghiệp", "BHTN", "tiền thất nghiệp",
        "lãnh thất nghiệp", "nhận tiền thất nghiệp", "hưởng thất nghiệp", "bị mất việc",
        "mất việc làm", "nghỉ việc nhận trợ cấp")),
    # (not one group for "sổ BHXH" and "thẻ BHYT": a book is not a card)
    ("usage: replacing a health card (mất thẻ BHYT)", (
        "cấp lại thẻ bảo hiểm y tế", "mất thẻ bảo hiểm y tế", "mất thẻ BHYT",
        "làm lại thẻ BHYT", "làm lại thẻ bảo hiểm y tế", "cấp lại thẻ BHYT")),
    ("usage: changing a health card (nơi khám ban đầu)", (
        "cấp đổi thẻ bảo hiểm y tế", "đổi thẻ BHYT", "đổi nơi khám chữa bệnh ban đầu",
        "đổi nơi khám bệnh", "đổi bệnh viện đăng ký BHYT", "đổi thẻ bảo hiểm y tế")),
    ("usage: getting a health card", (
        "cấp thẻ bảo hiểm y tế", "làm thẻ BHYT", "làm thẻ bảo hiểm y tế",
        "mua bảo hiểm y tế", "mua BHYT", "làm bảo hiểm y tế", "BHYT hộ gia đình")),
    ("usage: reimbursing medical costs", (
        "thanh toán trực tiếp chi phí khám, chữa bệnh", "thanh toán BHYT",
        "hoàn tiền khám bệnh", "thanh toán tiền khám bệnh", "đòi tiền BHYT",
        "thanh toán viện phí BHYT")),
    ("catalogue abbr: medical treatment (KCB)", (
        "khám, chữa bệnh", "KCB", "khám chữa bệnh", "khám bệnh", "chữa bệnh")),
    ("usage: correcting the insurance book", (
        "điều chỉnh thông tin trên sổ BHXH", "sửa sổ BHXH", "sửa thông tin sổ bảo hiểm",
        "gộp sổ BHXH", "sai thông tin sổ BHXH", "điều chỉnh sổ bảo hiểm")),
    ("usage: low-income worker", (
        "người lao động có thu nhập thấp", "thu nhập thấp", "lương thấp")),
    ("usage: poor households (Southern 'hộ nghèo', 'sổ nghèo')", (
        "hộ nghèo, hộ cận nghèo", "xin hộ nghèo", "xét hộ nghèo", "sổ hộ nghèo",
        "hộ cận nghèo", "giấy chứng nhận hộ nghèo", "công nhận hộ nghèo", "diện nghèo")),
    ("usage: leaving poverty", (
        "hộ thoát nghèo", "thoát nghèo", "ra khỏi hộ nghèo", "thoát cận nghèo")),
    ("usage: war invalids and martyrs' families", (
        "thương binh", "thương binh liệt sĩ", "TBLS", "chế độ thương binh",
        "gia đình liệt sĩ")),
    ("usage: martyr recognition", (
        "công nhận liệt sỹ", "công nhận liệt sĩ", "xác nhận liệt sĩ", "hồ sơ liệt sĩ",
        "bằng Tổ quốc ghi công")),
    ("usage: Agent Orange victims", (
        "nhiễm chất độc hóa học", "chất độc da cam", "nhiễm chất độc da cam", "da cam")),
    ("usage: work permit (loan word)", (
        "giấy phép lao động", "work permit", "GPLĐ", "giấy phép lao động cho người nước ngoài")),
    ("usage: drug rehabilitation", (
        "cai nghiện ma túy", "cai nghiện", "đi cai nghiện", "cai nghiện tự nguyện",
        "cai nghiện tại gia đình")),
    ("usage: labour-safety inspection", (
        "kiểm định kỹ thuật an toàn lao động", "kiểm định an toàn", "kiểm định thiết bị",
        "kiểm định thang máy", "kiểm định nồi hơi")),
    ("usage: safety training", (
        "huấn luyện kỹ thuật an toàn", "huấn luyện an toàn", "chứng chỉ an toàn")),
    # -- Tư pháp --------------------------------------------------------------
    ("usage: criminal record extract (Southern 'lý lịch tư pháp số 1/số 2')", (
        "cấp phiếu lý lịch tư pháp", "làm lý lịch tư pháp", "xin lý lịch tư pháp",
        "làm lý lịch tư pháp online", "xin phiếu lý lịch tư pháp", "lý lịch tư pháp số 1",
        "lý lịch tư pháp số 2", "giấy xác nhận không tiền án", "xác nhận không tiền án",
        "làm LLTP", "làm lí lịch tư pháp")),
    ("usage: a certified copy (Southern 'sao y', Northern 'công chứng')", (
        "chứng thực bản sao từ bản chính", "công chứng giấy tờ", "sao y giấy tờ",
        "sao y bản chính", "công chứng bản sao", "photo công chứng", "sao y",
        "chứng thực bản sao", "công chứng photo")),
    ("usage: certifying a signature", (
        "chứng thực chữ ký", "công chứng chữ ký", "xác nhận chữ ký", "thị thực chữ ký")),
    ("usage: certified translation", (
        "chứng thực chữ ký người dịch", "công chứng bản dịch", "dịch thuật công chứng",
        "dịch công chứng", "chứng thực bản dịch")),
    ("usage: certifying a will", (
        "chứng thực di chúc", "công chứng di chúc", "làm di chúc", "lập di chúc",
        "viết di chúc")),
    ("usage: inheritance (thừa kế)", (
        "văn bản phân chia di sản", "chia thừa kế", "chia tài sản thừa kế",
        "khai nhận di sản", "phân chia di sản thừa kế", "thừa kế nhà đất")),
    ("usage: refusing an inheritance", (
        "văn bản từ chối nhận di sản", "từ chối thừa kế", "từ chối nhận thừa kế")),
    ("usage: certifying a property contract", (
        "chứng thực giao dịch liên quan đến tài sản", "công chứng hợp đồng",
        "chứng thực hợp đồng", "công chứng hợp đồng mua bán", "công chứng mua bán")),
    ("usage: copy from the original register", (
        "cấp bản sao từ sổ gốc", "bản sao từ sổ gốc", "sao từ sổ gốc",
        "xin bản sao sổ gốc")),
    ("usage: free legal aid", (
        "trợ giúp pháp lý", "TGPL", "luật sư miễn phí", "tư vấn pháp luật miễn phí",
        "hỗ trợ pháp lý miễn phí")),
    ("usage: state compensation", (
        "bồi thường nhà nước", "nhà nước bồi thường", "đòi bồi thường oan sai",
        "bồi thường oan sai")),
    ("usage: complaints and denunciations", (
        "khiếu nại, tố cáo", "khiếu nại", "tố cáo", "gửi đơn khiếu nại", "đơn tố cáo",
        "khiếu kiện")),
    ("usage: lawyers", ("luật sư", "thuê luật sư", "hành nghề luật sư")),
    ("usage: bailiffs (thừa phát lại)", ("thừa phát lại", "lập vi bằng", "vi bằng")),
    ("usage: notary office", (
        "văn phòng công chứng", "phòng công chứng", "mở văn phòng công chứng")),
    ("usage: nationality", (
        "nhập quốc tịch Việt Nam", "xin nhập quốc tịch", "xin quốc tịch Việt Nam",
        "vào quốc tịch Việt Nam", "nhập tịch")),
    ("usage: renouncing nationality", (
        "thôi quốc tịch Việt Nam", "bỏ quốc tịch", "xin thôi quốc tịch",
        "từ bỏ quốc tịch")),
    ("usage: regaining nationality", (
        "trở lại quốc tịch Việt Nam", "xin lại quốc tịch", "lấy lại quốc tịch",
        "khôi phục quốc tịch")),
    ("usage: proof of nationality", (
        "giấy xác nhận có quốc tịch Việt Nam", "xác nhận quốc tịch",
        "giấy xác nhận quốc tịch")),
    ("usage: proof of Vietnamese origin", (
        "giấy xác nhận là người gốc Việt Nam", "người gốc Việt", "xác nhận gốc Việt")),
    ("usage: civil judgment enforcement (THADS)", (
        "thi hành án dân sự", "THADS", "cưỡng chế thi hành án", "yêu cầu thi hành án")),
    ("usage: forensic examination", ("giám định tư pháp", "giám định", "giám định viên")),
    ("usage: property auctions", (
        "đấu giá tài sản", "đấu giá", "bán đấu giá", "đấu giá đất")),
    ("usage: commercial arbitration and mediation", (
        "trọng tài thương mại", "trọng tài", "giải quyết tranh chấp thương mại")),
    ("usage: grassroots mediation", ("hòa giải ở cơ sở", "hòa giải viên", "tổ hòa giải")),
    # -- Các lĩnh vực chuyên ngành (common ones) ---------------------------------
    ("usage: fishing boats", (
        "tàu cá", "thuyền đánh cá", "ghe đánh cá", "ghe cá", "tàu đánh cá",
        "đăng ký tàu cá")),
    ("usage: fishing licence", (
        "giấy phép khai thác thủy sản", "giấy phép đánh bắt", "giấy phép đánh cá",
        "giấy phép khai thác hải sản")),
    ("usage: boats on rivers (Southern 'ghe', 'xuồng')", (
        "phương tiện thủy nội địa", "ghe", "xuồng", "thuyền", "đăng ký ghe",
        "đăng ký đò")),
    ("usage: sea ships", ("tàu biển", "tàu thủy", "đăng ký tàu biển")),
    ("usage: boat crew certificates", (
        "giấy chứng nhận khả năng chuyên môn", "bằng thuyền trưởng", "bằng máy trưởng",
        "chứng chỉ thuyền viên", "bằng lái tàu", "bằng lái thuyền")),
    ("usage: aircraft and drones (flycam)", (
        "tàu bay không người lái", "flycam", "drone", "máy bay không người lái",
        "bay flycam")),
    ("usage: aircraft", ("tàu bay", "máy bay")),
    ("usage: veterinary (animal health)", (
        "kiểm dịch động vật", "kiểm dịch gia súc", "kiểm dịch heo", "kiểm dịch lợn",
        "kiểm dịch gà", "kiểm dịch thú cưng", "kiểm dịch chó mèo")),
    ("usage: pigs (Southern 'heo', Northern 'lợn')", ("lợn", "heo")),
    ("usage: animal feed", ("thức ăn chăn nuôi", "thức ăn gia súc", "cám chăn nuôi")),
    ("usage: veterinary drugs", ("thuốc thú y", "thuốc cho gia súc", "thuốc cho vật nuôi")),
    ("usage: plant quarantine", (
        "kiểm dịch thực vật", "kiểm dịch trái cây", "kiểm dịch nông sản",
        "kiểm dịch hoa quả")),
    ("usage: pesticides", (
        "thuốc bảo vệ thực vật", "thuốc BVTV", "BVTV", "thuốc trừ sâu", "thuốc diệt cỏ")),
    ("usage: fertiliser (Southern 'phân bón')", ("phân bón", "buôn bán phân bón")),
    ("usage: plant varieties", ("giống cây trồng", "giống lúa", "hạt giống")),
    ("usage: timber and forest products", (
        "lâm sản", "gỗ", "khai thác gỗ", "vận chuyển gỗ", "gỗ rừng")),
    ("usage: wild animals", (
        "động vật hoang dã", "thú rừng", "nuôi động vật hoang dã", "nuôi nhốt động vật")),
    ("usage: groundwater drilling", (
        "khoan nước dưới đất", "khoan giếng", "khoan giếng nước", "đào giếng")),
    ("usage: water extraction permit", (
        "khai thác, sử dụng nước", "khai thác nước", "giấy phép khai thác nước",
        "khai thác nước ngầm")),
    ("usage: mining (sand, stone)", (
        "khai thác khoáng sản", "khai thác cát", "khai thác đá", "khai thác mỏ",
        "giấy phép khai thác cát")),
    ("usage: firearms and fireworks (Tết)", (
        "pháo hoa", "pháo hoa nổ", "bắn pháo hoa", "mua pháo hoa")),
    ("usage: weapons and tools (airsoft, dao)", (
        "vũ khí, vật liệu nổ, công cụ hỗ trợ", "vũ khí", "công cụ hỗ trợ",
        "súng hơi")),
    ("usage: hunting rifles", ("vũ khí thể thao", "súng thể thao", "súng săn")),
    ("usage: disaster relief", (
        "phòng, chống thiên tai", "thiên tai", "lũ lụt", "bão lũ", "hỗ trợ thiên tai")),
    ("usage: personal data protection", (
        "bảo vệ dữ liệu cá nhân", "dữ liệu cá nhân", "thông tin cá nhân",
        "lộ thông tin cá nhân")),
    ("usage: cybersecurity", ("an ninh mạng", "an toàn thông tin", "bảo mật thông tin")),
    ("usage: emulation awards", (
        "thi đua, khen thưởng", "khen thưởng", "bằng khen", "giấy khen", "huân chương")),
    ("usage: agricultural land", ("đất nông nghiệp", "đất ruộng", "đất vườn", "đất rẫy")),
    ("usage: residential land (thổ cư)", ("đất ở", "thổ cư", "đất thổ cư", "đất nền")),
    ("usage: the commune office", (
        "ủy ban nhân dân cấp xã", "UBND xã", "ủy ban xã", "UBND phường",
        "ủy ban phường", "xã phường")),
    ("usage: provincial office", (
        "ủy ban nhân dân cấp tỉnh", "UBND tỉnh", "ủy ban tỉnh", "UBND thành phố")),
    ("catalogue abbr: one-stop shop", (
        "bộ phận một cửa", "BPMC", "một cửa", "bộ phận tiếp nhận và trả kết quả")),
    ("catalogue abbr: public administration service centre", (
        "trung tâm phục vụ hành chính công", "TTPVHCC", "trung tâm hành chính công",
        "hành chính công")),
    ("catalogue abbr: administrative procedure", ("thủ tục hành chính", "TTHC")),
    ("catalogue abbr: online public service", (
        "dịch vụ công trực tuyến", "DVCTT", "dịch vụ công online", "nộp hồ sơ online",
        "nộp hồ sơ trực tuyến")),
    ("catalogue: fully online", ("toàn trình", "trực tuyến toàn trình", "online toàn trình")),
    ("usage: police (Southern 'công an', slang 'cảnh sát')", ("công an", "cảnh sát")),
    ("catalogue abbr: Ministry of Public Security", ("bộ công an", "BCA")),
    ("abbr: Ministry of Finance", ("bộ tài chính", "BTC")),
    ("abbr: Ministry of Justice", ("bộ tư pháp", "BTP")),
    ("abbr: Ministry of Construction", ("bộ xây dựng", "BXD")),
    ("abbr: Ministry of Agriculture and Environment", (
        "bộ nông nghiệp và môi trường", "BNNMT", "Bộ NN&MT")),
    ("abbr: department of justice", ("sở tư pháp", "STP")),
    ("abbr: department of construction", ("sở xây dựng", "SXD")),
    ("abbr: social insurance agency", ("bảo hiểm xã hội Việt Nam", "BHXH VN", "BHXHVN")),
    ("usage: loan words for online", ("trực tuyến", "online", "qua mạng")),
    ("usage: electric cars and bikes", ("xe điện", "xe máy điện", "ô tô điện")),
    ("usage: trailers and tractors", (
        "xe máy chuyên dùng", "xe công trình", "máy xúc", "xe cẩu", "máy cày")),
    ("usage: road transport business licence", (
        "giấy phép kinh doanh vận tải bằng xe ô tô", "giấy phép vận tải",
        "kinh doanh vận tải", "chạy xe dịch vụ", "xe hợp đồng", "xe taxi",
        "phù hiệu xe")),
    ("usage: badge for transport vehicles (phù hiệu)", (
        "phù hiệu", "phù hiệu xe tải", "phù hiệu xe khách", "phù hiệu xe hợp đồng",
        "biển hiệu")),
    ("usage: airport security pass", (
        "thẻ kiểm soát an ninh hàng không", "thẻ ra vào sân bay", "thẻ sân bay")),
    ("usage: pilot licence", (
        "nhân viên hàng không", "bằng phi công", "giấy phép phi công")),
    ("usage: railway", ("đường sắt", "tàu hỏa", "xe lửa")),
    ("usage: sea areas", ("khu vực biển", "giao khu vực biển", "thuê mặt biển")),
    ("usage: carbon credits", ("tín chỉ các-bon", "tín chỉ carbon", "carbon credit")),
    ("usage: climate (greenhouse gas inventory)", (
        "phát thải khí nhà kính", "kiểm kê khí nhà kính", "khí nhà kính")),
    ("usage: meteorology", ("khí tượng thủy văn", "dự báo thời tiết", "thời tiết")),
    ("usage: maps and surveying", ("đo đạc", "đo đạc bản đồ", "trích đo", "đo vẽ")),
    ("usage: ODA aid", ("hỗ trợ phát triển chính thức", "ODA", "vốn ODA")),
    ("usage: money laundering and payments", (
        "dịch vụ trung gian thanh toán", "ví điện tử", "ví MoMo")),
    ("usage: bank cards", ("thẻ ngân hàng", "thẻ ATM", "thẻ tín dụng")),
    ("usage: credit information", ("thông tin tín dụng", "CIC", "nợ xấu", "tra cứu nợ xấu")),
    ("usage: crowdfunding and funds", ("quỹ đầu tư", "quỹ mở", "chứng chỉ quỹ")),
    ("usage: public assets", ("tài sản công", "tài sản nhà nước")),
    ("usage: bidding", ("đấu thầu", "chứng chỉ đấu thầu", "thi chứng chỉ đấu thầu")),
    ("usage: price declaration", ("kê khai giá", "đăng ký giá", "niêm yết giá")),
    ("usage: industrial parks", (
        "khu công nghiệp", "KCN", "khu kinh tế", "KKT", "khu chế xuất")),
    ("usage: urban planning", (
        "quy hoạch", "thông tin quy hoạch", "xem quy hoạch", "quy hoạch đô thị",
        "tra cứu quy hoạch")),
    ("usage: high-tech agriculture", (
        "nông nghiệp ứng dụng công nghệ cao", "nông nghiệp công nghệ cao",
        "nông nghiệp CNC")),
    ("usage: village crafts and products", ("làng nghề", "nghề truyền thống")),
    ("usage: salt", ("muối", "diêm nghiệp", "làm muối")),
    ("usage: irrigation works", ("công trình thủy lợi", "thủy lợi", "kênh mương")),
    ("usage: dykes", ("đê điều", "bờ đê")),
]
