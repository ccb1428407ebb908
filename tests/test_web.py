"""The web interface in a real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium).

Skipped, with the reason, when the browser is not installed (``.ci/run`` installs it). Each test saves
a screenshot of its page in ``tests/artifacts/`` and fails on any browser console error.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import RunningNode, cli

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="headless Chromium not installed: apt-get install chromium chromium-driver")
WAIT_S = 30


@pytest.fixture(scope="module")
def web_home(tmp_path_factory, reference_home, address_package, tutor_package) -> tuple[Path, str]:
    """The reference home plus vn-address and vn-tutor (the session's packages, built once as `luytre demo`
    builds them): every page has something to show."""
    from luytre.node.service import Node

    home = tmp_path_factory.mktemp("homes") / "web"
    shutil.copytree(reference_home, home)
    node = Node.open(home)
    for package in (address_package, tutor_package):
        node.install(package)
    node.close()
    return home, (home / "admin_token.test").read_text()


@pytest.fixture(scope="module")
def site(web_home):
    node = RunningNode(web_home[0])
    yield node
    node.stop()


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,1000", "--lang=vi", "--no-first-run", "--disable-extensions",
                 "--disable-background-networking", "--disable-component-update"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(WAIT_S)
    ARTIFACTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()


def _wait(browser, css: str, text: str | None = None):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    waiter = WebDriverWait(browser, WAIT_S)
    if text is not None:
        waiter.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, css), text))
    return waiter.until(ec.visibility_of_element_located((By.CSS_SELECTOR, css)))


def _finish(browser, name: str) -> None:
    """Save the page and fail on console errors (the page's own, not the favicon the browser asks for)."""
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"
              and "favicon.ico" not in entry["message"]
              and "the server responded with a status of" not in entry["message"]]
    assert errors == [], errors


def _open(browser, site, page: str, lang: str = "vi") -> None:
    browser.get(f"{site.url}/#/{page}")
    browser.execute_script(f"localStorage.setItem('luytre.lang', '{lang}')")
    browser.get(f"{site.url}/#/{page}")
    browser.refresh()


def _set_token(browser, site, token: str) -> None:
    _open(browser, site, "operator")
    field = _wait(browser, "#token")
    field.clear()
    field.send_keys(token)
    browser.find_element("css selector", "#save-token").click()
    _wait(browser, "#audit-status")


def test_ask_shows_the_expert_and_first_paint_is_fast(browser, site):
    _open(browser, site, "ask")
    box = _wait(browser, "#question")
    box.send_keys("tôi bị đau ngực, vã mồ hôi")
    browser.find_element("css selector", "#ask-send").click()
    assert _wait(browser, "#answer-expert").text == "vn-health-triage"
    assert "LLM" in _wait(browser, "#answer-llm").text  # the last bench run's small-LLM figure, beside the energy
    box = _wait(browser, "#question")
    box.clear()
    box.send_keys("phuong ben nghe quan 1 tphcm nay thuoc phuong nao")  # no diacritics
    browser.find_element("css selector", "#ask-send").click()
    _wait(browser, "#answer-expert", "vn-address")
    paint = browser.execute_script("return performance.getEntriesByName('first-contentful-paint')[0].startTime")
    (ARTIFACTS / "first-paint-ms.txt").write_text(f"{paint:.0f}\n")
    _finish(browser, "ask")


def test_operator_installs_and_removes_an_expert_and_sees_a_rejection(browser, site, web_home, helpdesk_package,
                                                                      tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from luytre.experts.package import ExpertPackage, pack
    from luytre.home import public_key_b64

    added = cli("peer", "add", "hospital", "http://127.0.0.1:9", "--pub", public_key_b64(Ed25519PrivateKey.generate()),
                home=web_home[0])
    assert added.returncode == 0, added.stderr
    _set_token(browser, site, web_home[1])
    _wait(browser, "#peers", "hospital")  # a peer that does not answer is shown as such
    _finish(browser, "operator")
    assert cli("peer", "revoke", "hospital", home=web_home[0]).returncode == 0
    archive = pack(ExpertPackage.open(helpdesk_package), tmp_path / "school-helpdesk.luytre")
    _open(browser, site, "experts")
    _wait(browser, "#package-file").send_keys(str(archive))
    browser.find_element("css selector", "#upload").click()
    _wait(browser, "#install-status", "school-helpdesk")
    _wait(browser, "#experts a[href='#/experts/school-helpdesk']").click()
    _wait(browser, "#vetting", "signature")
    _finish(browser, "expert")
    browser.find_element("css selector", "button.danger").click()
    browser.switch_to.alert.accept()
    _wait(browser, "#experts")
    assert "school-helpdesk" not in browser.find_element("css selector", "#experts").text

    corrupt = tmp_path / "corrupt.luytre"
    corrupt.write_bytes(archive.read_bytes()[:300])
    _wait(browser, "#package-file").send_keys(str(corrupt))
    browser.find_element("css selector", "#upload").click()
    assert _wait(browser, "#failed-check").text == "archive"
    _finish(browser, "experts-rejected")


def test_a_practice_session_of_five_items(browser, site):
    _open(browser, site, "tutor")
    _wait(browser, "#learner").send_keys("web-hs-01")
    browser.find_element("css selector", "#start").click()
    for answered in range(5):
        _wait(browser, "#answered-count", str(answered))
        choices = browser.find_elements("css selector", "#item .choice")
        if choices:
            choices[0].click()
        else:
            _wait(browser, "#answer").send_keys("0")
            browser.find_element("css selector", "#submit-answer").click()
        _wait(browser, "#feedback")
    _wait(browser, "#answered-count", "5")
    _finish(browser, "practice")


def test_address_csv_round_trip(browser, site, tmp_path):
    source = tmp_path / "customers.csv"
    with open(source, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["name", "dia chi"], ["An", "Phường Bến Nghé, Quận 1, TP HCM"],
                                 ["Bình", "P.7, Q.Phú Nhuận, TP.HCM"], ["Chi", "xa son ha"]])
    _open(browser, site, "address")
    _wait(browser, "#address-csv").send_keys(str(source))
    _wait(browser, "#address-column option")
    browser.find_element("css selector", "#convert").click()
    table = _wait(browser, "#address-table", "Phường Sài Gòn")
    assert "Phường Cầu Kiệu" in table.text
    assert browser.find_elements("css selector", "#address-table td.changed")  # Bến Nghé is now Sài Gòn
    href = browser.find_element("css selector", "#download").get_attribute("href")
    assert href.startswith("data:text/csv;charset=utf-8,")
    downloaded = unquote(href.split(",", 1)[1])
    rows = list(csv.reader(downloaded.lstrip("\ufeff").splitlines()))
    assert rows[0][:2] == ["name", "dia chi"] and "new_ward_code" in rows[0]
    assert rows[1][rows[0].index("new_ward_code")] == "26740" and rows[3][rows[0].index("new_ward_code")] == ""
    _finish(browser, "address")


def test_english_switch_and_readable_errors(browser, site):
    _open(browser, site, "experts/no-such-expert", lang="en")
    _wait(browser, ".error", "no-such-expert")
    assert browser.find_element("css selector", "header nav a[href='#/ask']").text == "Ask"
    browser.find_element("css selector", "#lang").click()
    _wait(browser, "header nav a[href='#/ask']", "Hỏi đáp")
    _finish(browser, "error-page")
    browser.execute_script("sessionStorage.removeItem('luytre.token')")
    _open(browser, site, "operator")
    _wait(browser, "#token")
    assert json.loads(browser.execute_script("return JSON.stringify(sessionStorage)")) == {}


def test_dashboard_draws_the_node_s_own_metrics_after_100_asks(browser, site, web_home):
    import httpx

    questions = ["tôi bị đau ngực, vã mồ hôi", "con tôi 3 tuổi sốt cao, ho nhiều", "0100109106 có hợp lệ không",
                 "P.7, Q.Phú Nhuận, TP.HCM"]
    with httpx.Client(base_url=site.url, timeout=30) as client:
        for i in range(100):
            client.post("/v1/ask", json={"query": questions[i % len(questions)]})
        client.post("/v1/ask", json={"query": " "})  # one refusal, so that chart has a bar
    _set_token(browser, site, web_home[1])
    for chart in ("#chart-asks", "#chart-latency", "#chart-energy"):
        assert _wait(browser, f"{chart} svg .series").is_displayed()
    assert _wait(browser, "#chart-refusals svg .bar").is_displayed()
    assert _wait(browser, "#chart-peers")  # this node has no peers: the chart says so
    assert int(_wait(browser, "#dash-totals").text.split()[0]) >= 100  # other tests on this node asked too
    browser.find_element("css selector", "#dashboard").screenshot(str(ARTIFACTS / "dashboard-charts.png"))
    _finish(browser, "dashboard")


@pytest.mark.parametrize(("page", "ready"), [("/docs", ".swagger-ui .opblock")])
def test_api_docs_render_offline_from_the_node_s_own_files(browser, site, page, ready):
    """Swagger UI draws the node's operations with every script, style and icon from the node. (ReDoc is
    not served: its standalone bundle loads its logo from cdn.redoc.ly, which this test caught.)"""
    browser.get(site.url + page)
    _wait(browser, ready)
    loaded = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert loaded and all(url.startswith(site.url + "/") for url in loaded), loaded
    assert any(url.endswith("/openapi.json") for url in loaded)
    _finish(browser, "api-docs" + page.replace("/", "-"))
