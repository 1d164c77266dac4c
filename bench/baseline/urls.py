from django.http import HttpResponse
from django.urls import path

PAGE = (
    '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">'
    "<title>Trang chuẩn</title></head>"
    "<body><h1>Trang chuẩn</h1><p>Một trang ngắn để đo Django trần.</p></body></html>\n"
)


def short_page(request):
    return HttpResponse(PAGE)


urlpatterns = [path("", short_page)]
