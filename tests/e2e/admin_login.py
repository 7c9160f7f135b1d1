"""Signing in to the admin in Chromium, as every admin browser test starts."""

import re

from translation.testing import PASSWORD


def sign_in(page, base_url, username):
    """Log `username` in through the admin's login form and wait for the dashboard."""
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label(re.compile("username", re.IGNORECASE)).fill(username)
    page.get_by_label(re.compile("password", re.IGNORECASE)).fill(PASSWORD)
    page.get_by_role("button", name=re.compile("sign in", re.IGNORECASE)).click()
    page.wait_for_url(f"{base_url}/admin/")
