#!/usr/bin/env python3
"""Open a kgraph HTML report in headless Chromium and check it from the browser's side.

Talks to Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON
messages separated by NUL bytes on file descriptors 3 and 4), so only the standard library
is needed: no websocket client, no Selenium. Checks, from the live page:
  - no script was compiled while the page loaded (Debugger.scriptParsed events: this
    catches inline scripts and event handlers alike, whether or not they did anything);
  - the page has no <script> element and no on* attribute, and the sentinel that the test
    articles' hostile payloads try to set (window.__kgPwned) is undefined;
  - no request other than the page itself was made, and no CSP violation was reported
    (a violation would mean something tried to load or run and only the policy stopped it);
  - every <svg> has a non-zero bounding box.
Writes a full-page PNG screenshot when asked. Prints a JSON summary; exit status 1 on failure.
Usage: cdp_check.py REPORT.html [--screenshot OUT.png] [--min-svgs N] [--chromium PATH]
"""
import argparse, base64, fcntl, json, os, pathlib, re, shutil, subprocess, sys, tempfile, time


class Browser:
    def __init__(self, chromium, width):
        self.profile = tempfile.mkdtemp(prefix="kgraph-chromium-")
        cmd_r, self.cmd_w = os.pipe()
        self.resp_r, resp_w = os.pipe()
        # Move the child's ends above 9 so that placing them on 3 and 4 cannot clobber them.
        cmd_r, resp_w = (self._high(fd) for fd in (cmd_r, resp_w))
        args = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-sync", "--mute-audio",
            "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
            f"--window-size={width},900", f"--user-data-dir={self.profile}", "--remote-debugging-pipe", "about:blank",
        ]
        def place_pipes():  # in the child, before exec: the browser reads fd 3 and writes fd 4
            os.dup2(cmd_r, 3)
            os.dup2(resp_w, 4)
        self.proc = subprocess.Popen([chromium, *args], pass_fds=(3, 4), preexec_fn=place_pipes,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(cmd_r)
        os.close(resp_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    @staticmethod
    def _high(fd):
        high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
        os.close(fd)
        return high

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.cmd_w, json.dumps(msg).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            m = self.read(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def read(self, deadline):
        while b"\0" not in self.buf:
            if time.time() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self.resp_r, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buf += chunk
        raw, self.buf = self.buf.split(b"\0", 1)
        return json.loads(raw)

    def wait_for(self, method, deadline):
        while True:
            for e in self.events:
                if e.get("method") == method:
                    return e
            self.events.append(self.read(deadline))

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


MEASURE = r"""(() => {
  const svgs = Array.from(document.querySelectorAll('svg')).map(s => {
    const r = s.getBoundingClientRect();
    return {label: s.getAttribute('aria-label') || '', width: r.width, height: r.height};
  });
  let onAttributes = 0;
  for (const el of document.querySelectorAll('*'))
    for (const a of el.attributes) if (a.name.toLowerCase().startsWith('on')) onAttributes++;
  const ids = Array.from(document.querySelectorAll('[id]')).map(e => e.id);
  return JSON.stringify({
    title: document.title, svgs, scripts: document.querySelectorAll('script').length, onAttributes,
    duplicateIds: ids.length - new Set(ids).size, sentinel: typeof window.__kgPwned,
    sections: document.querySelectorAll('section.article').length,
    pageBreaks: Array.from(document.querySelectorAll('section.report-section'))
      .filter(e => ['page', 'always'].includes(getComputedStyle(e).breakBefore)).length,
    width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight,
  });
})()"""


def check(path, screenshot, min_svgs, chromium, width=1280, max_height=8000, clip_y=0, print_media=False, pdf=None):
    url = pathlib.Path(path).resolve().as_uri()
    b = Browser(chromium, width)
    try:
        target = b.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        s = b.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network", "Debugger"):
            b.send(f"{domain}.enable", session=s)
        if print_media:
            b.send("Emulation.setEmulatedMedia", {"media": "print"}, session=s)
        b.events.clear()
        b.send("Page.navigate", {"url": url}, session=s)
        b.wait_for("Page.loadEventFired", time.time() + 30)
        # Everything that happened up to here came from the page, not from this script.
        page_events = [e for e in b.events if e.get("sessionId") == s]
        scripts = [e["params"].get("url", "") for e in page_events if e.get("method") == "Debugger.scriptParsed"]
        requests = [e["params"]["request"]["url"] for e in page_events if e.get("method") == "Network.requestWillBeSent"]
        logs = [e["params"]["entry"] for e in page_events if e.get("method") == "Log.entryAdded"]
        exceptions = [e for e in page_events if e.get("method") == "Runtime.exceptionThrown"]
        r = b.send("Runtime.evaluate", {"expression": MEASURE, "returnByValue": True}, session=s)
        dom = json.loads(r["result"]["value"])
        if screenshot:
            height = min(max_height, int(dom["height"]))
            b.send("Emulation.setDeviceMetricsOverride",
                   {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=s)
            shot = b.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                     "clip": {"x": 0, "y": clip_y, "width": width,
                                                              "height": max(1, min(height, int(dom["height"]) - clip_y)), "scale": 1}},
                          session=s, timeout=60)
            pathlib.Path(screenshot).write_bytes(base64.b64decode(shot["data"]))
        if pdf:
            printed = b.send("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True}, session=s, timeout=120)
            data = base64.b64decode(printed["data"])
            pathlib.Path(pdf).write_bytes(data)
            dom["pdfPages"] = len(re.findall(rb"/Type\s*/Page[^s]", data))
    finally:
        b.close()

    failures = []
    if scripts:
        failures.append(f"{len(scripts)} script(s) were compiled while loading: {scripts[:3]}")
    if dom["scripts"]:
        failures.append(f"{dom['scripts']} <script> element(s) in the DOM")
    if dom["onAttributes"]:
        failures.append(f"{dom['onAttributes']} on* attribute(s) in the DOM")
    if dom["sentinel"] != "undefined":
        failures.append("the hostile payload's sentinel window.__kgPwned was set")
    if exceptions:
        failures.append(f"{len(exceptions)} exception(s) thrown")
    other = [u for u in requests if u != url]
    if other:
        failures.append(f"requests besides the page itself: {other[:5]}")
    violations = [l["text"] for l in logs if "Content Security Policy" in l.get("text", "") or l.get("source") == "security"]
    if violations:
        failures.append(f"CSP violations: {violations[:3]}")
    if dom["duplicateIds"]:
        failures.append(f"{dom['duplicateIds']} duplicate id(s)")
    flat = [v for v in dom["svgs"] if v["width"] <= 0 or v["height"] <= 0]
    if flat:
        failures.append(f"SVGs with an empty bounding box: {flat[:3]}")
    if print_media and dom["pageBreaks"] < dom["sections"]:
        failures.append(f"print layout: {dom['pageBreaks']} page breaks for {dom['sections']} article sections")
    if print_media:
        wide = [v for v in dom["svgs"] if v["width"] > width]
        if wide:
            failures.append(f"print layout: SVGs wider than the page: {wide[:3]}")
    if len(dom["svgs"]) < min_svgs:
        failures.append(f"{len(dom['svgs'])} SVG(s), expected at least {min_svgs}")
    summary = {"page": str(path), "ok": not failures, "failures": failures, "scriptsCompiled": len(scripts),
               "requests": len(requests), "cspViolations": len(violations), **dom}
    return summary


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("--screenshot")
    ap.add_argument("--min-svgs", type=int, default=1)
    ap.add_argument("--width", type=int, default=1280, help="viewport width in CSS pixels")
    ap.add_argument("--max-height", type=int, default=8000, help="screenshot at most this many pixels tall")
    ap.add_argument("--pdf", help="also print the page to this PDF (A4 by the page's @page rules) and count its pages")
    ap.add_argument("--print-media", action="store_true", help="lay the page out with its print stylesheet")
    ap.add_argument("--clip-y", type=int, default=0, help="screenshot from this page offset")
    ap.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser") or "chromium")
    a = ap.parse_args()
    summary = check(a.report, a.screenshot, a.min_svgs, a.chromium, width=a.width, max_height=a.max_height, clip_y=a.clip_y,
                    print_media=a.print_media, pdf=a.pdf)
    print(json.dumps(summary, indent=1))
    sys.exit(0 if summary["ok"] else 1)


if __name__ == "__main__":
    main()
