"""The demo articles, one module per category, written for the demo in Vietnamese."""

from . import an_sinh, dai_doan_ket, dan_chu, hoat_dong, mo_hinh, thi_dua

ARTICLES = [
    *hoat_dong.ARTICLES,
    *mo_hinh.ARTICLES,
    *thi_dua.ARTICLES,
    *dan_chu.ARTICLES,
    *an_sinh.ARTICLES,
    *dai_doan_ket.ARTICLES,
]
