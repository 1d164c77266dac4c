"""The catalogue of emulation titles and forms of award a provincial Fatherland Front committee
confers or proposes, as it is seeded (migration 0008, load_demo and the tests' factories use
seed_catalogue()); officers change and extend it in the admin afterwards.

Followed: Luật Thi đua, khen thưởng số 06/2022/QH15 (in force 01/01/2024): Điều 9 (forms of
award), Điều 19–20 (emulation titles), Điều 21–28 and 74 (standards), Điều 78–80 (who confers);
the implementing decree now in force is taken to be Nghị định 152/2025/NĐ-CP (14/6/2025), with
Thông tư 15/2025/TT-BNV, after Nghị định 98/2023/NĐ-CP. What the Front confers itself follows
its own rules as secondary sources summarise them; the README says what is still to be checked.

Only "Chiến sĩ thi đua cấp tỉnh" asks for titles the portal records (three consecutive years of
"Chiến sĩ thi đua cơ sở", Điều 22); the other conditions rest on results the portal does not
record ("hoàn thành xuất sắc nhiệm vụ", initiatives) and are kept as text.
"""

TITLE, FORM, OTHER = "title", "form", "other"
LAW = "Luật Thi đua, khen thưởng 2022"

# receivers: C collective, I individual, H household. here: the provincial committee confers
# it (else it proposes it to the level that does).
CATALOGUE = [
    {
        "slug": "bang_khen",
        "kind": FORM,
        "name": "Bằng khen",
        "receivers": "CIH",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Cá nhân: 02 năm liên tục hoàn thành xuất sắc nhiệm vụ kèm 02 sáng kiến cấp cơ sở, "
            "hoặc 02 lần liên tục Chiến sĩ thi đua cơ sở, hoặc có thành tích xuất sắc trong phong"
            " trào thi đua."
        ),
        "basis": (
            f"Điều 74 {LAW} (tiêu chuẩn tham chiếu); quy chế thi đua, khen thưởng của MTTQ Việt Nam"
        ),
        "here": True,
    },
    {
        "slug": "co_thi_dua",
        "kind": TITLE,
        "name": "Cờ thi đua",
        "receivers": "C",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Tặng hằng năm cho đơn vị thuộc cơ quan Ủy ban MTTQ tỉnh, tổ chức thành viên cấp "
            "tỉnh, hoặc MTTQ cấp xã tiêu biểu trong phong trào thi đua chuyên đề."
        ),
        "basis": f"Điều 20, Điều 26 {LAW}; quy định của MTTQ Việt Nam về danh hiệu thi đua",
        "here": True,
    },
    {
        "slug": "giay_khen",
        "kind": FORM,
        "name": "Giấy khen",
        "receivers": "CIH",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Tặng cho cá nhân, tập thể, hộ gia đình có thành tích trong thi đua theo đợt, chuyên "
            "đề hoặc đột xuất ở cấp cơ sở của Mặt trận."
        ),
        "basis": f"Điều 75, Điều 80 {LAW}",
        "here": True,
    },
    {
        "slug": "lao_dong_tien_tien",
        "kind": TITLE,
        "name": "Lao động tiên tiến",
        "receivers": "I",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Bình xét hằng năm cho cá nhân hoàn thành tốt nhiệm vụ, chấp hành tốt chủ trương, "
            "chính sách, pháp luật."
        ),
        "basis": f"Điều 24 {LAW}",
        "here": True,
    },
    {
        "slug": "chien_si_thi_dua_co_so",
        "kind": TITLE,
        "name": "Chiến sĩ thi đua cơ sở",
        "receivers": "I",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Trong cùng năm phải đạt Lao động tiên tiến và có sáng kiến hoặc đề tài khoa học được"
            " cấp cơ sở công nhận, áp dụng."
        ),
        "basis": f"Điều 23 {LAW}",
        "here": True,
    },
    {
        "slug": "tap_the_lao_dong_tien_tien",
        "kind": TITLE,
        "name": "Tập thể lao động tiên tiến",
        "receivers": "C",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Tập thể hoàn thành tốt nhiệm vụ, có trên 50% cá nhân đạt Lao động tiên tiến, nội bộ "
            "đoàn kết."
        ),
        "basis": f"Điều 28 {LAW}",
        "here": True,
    },
    {
        "slug": "tap_the_lao_dong_xuat_sac",
        "kind": TITLE,
        "name": "Tập thể lao động xuất sắc",
        "receivers": "C",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Trong năm: hoàn thành xuất sắc nhiệm vụ, 100% cá nhân hoàn thành nhiệm vụ, ít nhất "
            "70% đạt Lao động tiên tiến và có cá nhân đạt Chiến sĩ thi đua cơ sở."
        ),
        "basis": f"Điều 27 {LAW}",
        "here": False,
    },
    {
        "slug": "chien_si_thi_dua_cap_tinh",
        "kind": TITLE,
        "name": "Chiến sĩ thi đua cấp tỉnh",
        "receivers": "I",
        "years": 3,
        "prerequisite": "chien_si_thi_dua_co_so",
        "condition": (
            "Chọn trong số cá nhân 03 lần liên tục đạt Chiến sĩ thi đua cơ sở và có sáng kiến, đề"
            " tài có phạm vi ảnh hưởng cấp Bộ, ban, ngành, tỉnh."
        ),
        "basis": f"Điều 22 {LAW}",
        "here": False,
    },
    {
        "slug": "gia_dinh_van_hoa",
        "kind": TITLE,
        "name": "Gia đình văn hóa",
        "receivers": "H",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Hộ gia đình đạt khung tiêu chuẩn do Chính phủ quy định; do Chủ tịch UBND cấp xã "
            "quyết định, Mặt trận tham gia bình xét."
        ),
        "basis": f"Điều 20, Điều 80 khoản 3 {LAW}; Nghị định 86/2023/NĐ-CP",
        "here": False,
    },
    {
        "slug": "ky_niem_chuong",
        "kind": FORM,
        "name": "Kỷ niệm chương «Vì sự nghiệp Đại đoàn kết dân tộc»",
        "receivers": "I",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Tặng một lần cho cá nhân có đóng góp vào sự nghiệp của MTTQ Việt Nam theo tiêu chuẩn"
            " do Ủy ban Trung ương MTTQ quy định."
        ),
        "basis": f"Điều 71 {LAW}; quy định của Ủy ban Trung ương MTTQ Việt Nam",
        "here": False,
    },
    {
        "slug": "bang_khen_ubtw_mttq",
        "kind": FORM,
        "name": "Bằng khen của Ủy ban Trung ương MTTQ Việt Nam",
        "receivers": "CI",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Cá nhân đạt một tiêu chuẩn Bằng khen cấp Bộ, ban, ngành, tỉnh (như 02 năm liên tục "
            "hoàn thành xuất sắc nhiệm vụ kèm 02 sáng kiến); tỉnh lập hồ sơ trình lên."
        ),
        "basis": f"Điều 74 {LAW}",
        "here": False,
    },
    {
        "slug": "co_thi_dua_ubtw_mttq",
        "kind": TITLE,
        "name": "Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam",
        "receivers": "C",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Tặng hằng năm cho Ủy ban MTTQ cấp tỉnh dẫn đầu cụm thi đua do Ủy ban Trung ương MTTQ"
            " tổ chức, hoặc tập thể tiêu biểu trong phong trào chuyên đề."
        ),
        "basis": f"Điều 26 {LAW}; quy định của MTTQ Việt Nam về danh hiệu thi đua",
        "here": False,
    },
    {
        "slug": "bang_khen_chu_tich_ubnd_tinh",
        "kind": FORM,
        "name": "Bằng khen của Chủ tịch UBND tỉnh",
        "receivers": "CIH",
        "years": 0,
        "prerequisite": None,
        "condition": (
            "Đạt một tiêu chuẩn Bằng khen cấp tỉnh (như 02 năm liên tục hoàn thành xuất sắc nhiệm"
            " vụ kèm 02 sáng kiến, hoặc 02 lần liên tục Chiến sĩ thi đua cơ sở)."
        ),
        "basis": f"Điều 74 {LAW}",
        "here": False,
    },
    {
        "slug": "bieu_duong",
        "kind": OTHER,
        "name": "Biểu dương",
        "receivers": "CIH",
        "years": 0,
        "prerequisite": None,
        "condition": "Không phải hình thức khen thưởng theo Luật; giữ cho các bản ghi trước đây.",
        "basis": "",
        "here": True,
        "active": False,
    },
]


def seed_catalogue(award_type_model):
    """Create the entries of CATALOGUE that `award_type_model` (the model, or its historical
    version in a migration) lacks, by slug; entries already there are left as officers keep
    them. Return the number created."""
    from mttq_portal.text import name_key, search_key

    existing = set(award_type_model.objects.values_list("slug", flat=True))
    created = {}
    for order, entry in enumerate(CATALOGUE, start=1):
        if entry["slug"] in existing:
            continue
        receivers = entry["receivers"]
        created[entry["slug"]] = award_type_model.objects.create(
            slug=entry["slug"],
            kind=entry["kind"],
            name=entry["name"],
            name_key=name_key(entry["name"]),
            search_text=search_key(entry["name"]),
            for_collective="C" in receivers,
            for_individual="I" in receivers,
            for_household="H" in receivers,
            consecutive_years=entry["years"],
            condition=entry["condition"],
            legal_basis=entry["basis"],
            conferred_here=entry["here"],
            active=entry.get("active", True),
            order=order,
        )
    for entry in CATALOGUE:
        if entry["slug"] in created and entry["prerequisite"]:
            award_type_model.objects.filter(pk=created[entry["slug"]].pk).update(
                prerequisite=award_type_model.objects.get(slug=entry["prerequisite"])
            )
    return len(created)
