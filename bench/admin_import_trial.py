"""An editor imports a city list through the admin of a running server, in Chromium.

    python bench/admin_import_trial.py http://127.0.0.1:8100 cities.csv USER PASSWORD

Logs in, uploads the file, waits for the preview, confirms, and follows the import's
status page (as the editor would: it reloads itself) until it says Done or Nothing was
imported. Prints how long each answer took and the result; saves screenshots of the
preview and the result beside the CSV. Used for the issue's trial against `make serve`
(gunicorn, production settings, db_worker); not a test: it needs a server and a user.
"""

import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def main(base, csv_path, username, password):
    shots = Path(csv_path).with_suffix("")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(f"{base}/admin/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/admin/")

        page.goto(f"{base}/admin/import-cities/")
        page.set_input_files("input[name=file]", csv_path)
        start = time.perf_counter()
        page.click("text=Check the file")
        page.wait_for_selector("#preview-heading", timeout=120_000)
        preview = time.perf_counter() - start
        page.screenshot(path=f"{shots}-preview.png")
        verdict = page.inner_text(".city-import-preview .help-block")[:200]
        print(f"preview answered in {preview:.2f} s: {verdict}")

        start = time.perf_counter()
        page.click("text=Import these cities")
        page.wait_for_url("**/admin/import-cities/*/", timeout=120_000)
        confirm = time.perf_counter() - start
        print(f"confirmation answered in {confirm:.2f} s: {page.url}")

        start = time.perf_counter()
        while True:
            text = page.inner_text("main")
            if "Done" in text or "Nothing was imported" in text or "cities created" in text:
                break
            if time.perf_counter() - start > 900:
                raise SystemExit("the import did not finish in 15 minutes")
            page.wait_for_load_state("load")
            page.wait_for_timeout(1000)
        took = time.perf_counter() - start
        page.screenshot(path=f"{shots}-result.png", full_page=True)
        print(f"import finished {took:.1f} s after the confirmation:")
        print(page.inner_text(".city-import-status")[:600])
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
