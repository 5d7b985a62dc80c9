// Paste from Word (or LibreOffice, Google Docs, a web page) into a Markdown field: the HTML on
// the clipboard becomes the Markdown the app stores (turndown), so numbered lists, bullets and
// bold survive and no raw HTML is stored. Plain-text pastes are left to the browser.
(function () {
  if (typeof TurndownService === "undefined") return;

  // Word puts list items on the clipboard as paragraphs with "mso-list: l0 level2" and the
  // number in a span marked mso-list:Ignore; rebuild real nested <ol>/<ul> from them.
  function takeMarker(p) {
    var marker = "";
    p.querySelectorAll("span").forEach(function (span) {
      if (span.isConnected && /mso-list:\s*ignore/i.test(span.getAttribute("style") || "")) {
        marker = marker || span.textContent.replace(/\u00a0/g, " ").trim();
        span.remove();
      }
    });
    return marker;
  }

  function wordListsToHtmlLists(doc) {
    var stack = [];  // the open lists, outermost first: {list, level, lastLi}
    Array.prototype.slice.call(doc.body.querySelectorAll("p")).forEach(function (p) {
      var match = /mso-list:\s*(l\d+)\s+level(\d+)/i.exec(p.getAttribute("style") || "");
      if (!match) return;
      var level = parseInt(match[2], 10);
      var ordered = /^\(?([0-9]+|[a-z]|[ivxlc]+)[.)]/i.test(takeMarker(p));
      // Another Word list (l1 after l0), or other text in between, starts a new list.
      if (!stack.length || p.previousElementSibling !== stack[0].list ||
          stack[0].wordList !== match[1]) stack = [];
      while (stack.length && stack[stack.length - 1].level > level) stack.pop();
      var top = stack[stack.length - 1];
      if (!top || top.level < level) {
        var list = doc.createElement(ordered ? "ol" : "ul");
        if (top) { top.lastLi.appendChild(list); } else { p.parentNode.insertBefore(list, p); }
        top = {list: list, level: level, lastLi: null, wordList: match[1]};
        stack.push(top);
      }
      var li = doc.createElement("li");
      while (p.firstChild) li.appendChild(p.firstChild);
      top.list.appendChild(li);
      top.lastLi = li;
      p.remove();
    });
  }

  function isBold(node) {
    var weight = (node.style && node.style.fontWeight) || "";
    return weight === "bold" || parseInt(weight, 10) >= 600;
  }

  function converter() {
    var service = new TurndownService({
      headingStyle: "atx", bulletListMarker: "-", emDelimiter: "*", strongDelimiter: "**",
    });
    service.remove(["style", "script", "meta", "title", "head", "xml"]);
    // Google Docs wraps everything in <b style="font-weight:normal">; spans carry the bold.
    service.addRule("styledBold", {
      filter: function (node) {
        return (node.nodeName === "SPAN" && isBold(node)) ||
          ((node.nodeName === "B" || node.nodeName === "STRONG") && node.style &&
           /normal|[1-5]00/.test(node.style.fontWeight || "x"));
      },
      replacement: function (content, node) {
        if (node.nodeName !== "SPAN") return content;
        return content.trim() ? "**" + content.trim() + "**" : content;
      },
    });
    return service;
  }

  function toMarkdown(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    wordListsToHtmlLists(doc);
    var markdown = converter().turndown(doc.body);
    // One space after a list marker and no trailing blanks: how the app's own text looks.
    markdown = markdown.replace(/\u00a0/g, " ").replace(/^[ \t]+$/gm, "")
      .replace(/^(\s*)(-|\d+\.)\s+/gm, "$1$2 ");
    // Items of one list pasted as paragraphs (<li><p>) come apart; keep the list tight.
    var tight = /^(\s*)(\d+\.|-) (.*)\n\n(?=\1(\d+\.|-) )/m, match;
    while ((match = tight.exec(markdown)) && /\d/.test(match[2]) === /\d/.test(match[4])) {
      markdown = markdown.slice(0, match.index) + match[0].replace(/\n\n$/, "\n") +
        markdown.slice(match.index + match[0].length);
    }
    return markdown.trim();
  }

  function onPaste(event) {
    var html = event.clipboardData && event.clipboardData.getData("text/html");
    if (!html) return;
    event.preventDefault();
    var field = event.target;
    var markdown = toMarkdown(html);
    var start = field.selectionStart, end = field.selectionEnd;
    field.value = field.value.slice(0, start) + markdown + field.value.slice(end);
    field.selectionStart = field.selectionEnd = start + markdown.length;
    field.dispatchEvent(new Event("input", {bubbles: true}));
  }

  document.querySelectorAll("textarea[data-paste='markdown']").forEach(function (field) {
    field.addEventListener("paste", onPaste);
  });
  window.annotatieMarkdownFromHtml = toMarkdown;  // for the browser test of odd clipboards
})();
