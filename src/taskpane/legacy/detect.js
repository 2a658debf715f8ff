/*
 * Old-webview guard, loaded by taskpane.html and excel.html before the React bundle. ES5 ONLY (no let/const, arrows,
 * template literals or classes): it must run in Internet Explorer 11, where anything newer is a syntax error
 * and the page would stay blank.
 *
 * Excel 2016/2019 perpetual show add-ins in Internet Explorer 11 (Trident) or EdgeHTML, which React 19
 * cannot run. There it sets window.thiduaLegacy (src/taskpane/index.tsx then does not start) and writes, in
 * plain HTML, what to do instead. Its words are a copy of the legacy.* keys of src/i18n/ui.ts
 * (test/taskpane/legacyDetect.test.ts keeps them equal).
 */
(function (win) {
  "use strict";

  var TEXT = {
    vi: {
      title: "Phiên bản Excel này không chạy được khung Thi đua",
      why: "Excel này hiển thị phần bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Edge đời cũ).",
      useBrowser:
        "Mở địa chỉ dưới đây bằng trình duyệt mới (Edge, Chrome hoặc Firefox) để tạo mẫu, kiểm tra và xếp hạng trên tệp .xlsx:",
      useFormulas:
        "Hoặc làm việc ngay trong sổ tính: điểm, thứ hạng và đề xuất khen thưởng vẫn tự tính bằng công thức có sẵn."
    },
    en: {
      title: "This version of Excel cannot run the Thi đua pane",
      why: "This Excel shows add-ins in an old browser (Internet Explorer or the old Edge).",
      useBrowser:
        "Open the address below in a modern browser (Edge, Chrome or Firefox) to generate, check and rank on .xlsx files:",
      useFormulas:
        "Or work in the workbook itself: scores, ranks and award proposals are still computed by its own formulas."
    }
  };

  /* The bundle's syntax (arrows, async, ?. and ??): a webview without it would fail on the bundle silently. */
  function lacksModernSyntax(w) {
    try {
      w.Function("var f = async () => ({})?.a ?? 1; return f;");
      return false;
    } catch (e) {
      /* A content security policy without 'unsafe-eval' throws EvalError: that says nothing about the webview. */
      return e instanceof w.SyntaxError;
    }
  }

  /* Trident/ is Internet Explorer 11; "Edge/1x" is EdgeHTML (Chromium Edge says "Edg/"). */
  function isLegacyWebview(userAgent, w) {
    if (/Trident\/|MSIE /.test(userAgent)) return true;
    if (/\bEdge\/\d/.test(userAgent)) return true;
    if (typeof w.Promise !== "function" || typeof w.fetch !== "function" || typeof w.Symbol !== "function") return true;
    return lacksModernSyntax(w);
  }

  function el(doc, tag, text, lang) {
    var node = doc.createElement(tag);
    if (text) node.appendChild(doc.createTextNode(text));
    if (lang) node.setAttribute("lang", lang);
    return node;
  }

  /* The pane's own address without ?host=excel: opened in a modern browser it is file mode. */
  /* the file-mode page: in Excel this runs on excel.html, whose file-mode twin is taskpane.html */
  function fileModeAddress(loc) {
    return loc.protocol + "//" + loc.host + loc.pathname.replace(/excel\.html$/, "taskpane.html");
  }

  function section(doc, words, lang, address) {
    var box = el(doc, "section", "", lang);
    box.style.marginBottom = "20px";
    var title = el(doc, "h1", words.title);
    title.style.fontSize = "20px";
    title.style.margin = "0 0 8px";
    box.appendChild(title);
    box.appendChild(el(doc, "p", words.why));
    box.appendChild(el(doc, "p", words.useBrowser));
    var code = el(doc, "p", address);
    code.style.fontFamily = "Consolas, monospace";
    code.style.wordBreak = "break-all";
    box.appendChild(code);
    box.appendChild(el(doc, "p", words.useFormulas));
    return box;
  }

  function showFallback(w) {
    var doc = w.document;
    var root = doc.getElementById("root");
    if (root) root.style.display = "none";
    var host = doc.getElementById("legacy") || doc.body;
    var address = fileModeAddress(w.location);
    host.style.fontFamily = "'Segoe UI', Arial, sans-serif";
    host.style.fontSize = "14px";
    host.style.padding = "12px";
    host.appendChild(section(doc, TEXT.vi, "vi", address));
    host.appendChild(section(doc, TEXT.en, "en", address));
  }

  win.thiduaIsLegacyWebview = isLegacyWebview;
  win.thiduaLegacyText = TEXT;
  if (!isLegacyWebview(win.navigator.userAgent, win)) return;
  win.thiduaLegacy = true;
  if (win.document.body) {
    showFallback(win);
  } else {
    win.document.addEventListener("DOMContentLoaded", function () {
      showFallback(win);
    });
  }
})(window);
