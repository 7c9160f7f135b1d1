"""Addresses for what a page says about itself (JSON-LD, Open Graph)."""


def full_url(page, request):
    """The page's absolute address as the reader reached the site (like the canonical link)."""
    url = page.get_url(request)
    if request is not None and url:
        return request.build_absolute_uri(url)
    return page.get_full_url(request)
