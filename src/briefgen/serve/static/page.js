// The editor's page: post the text or link to /v1/brief, show the answer, copy the fragment.
// No library, no build step; everything the page loads comes from this server.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  let brief = null; // the last answer of /v1/brief with format "all"

  const say = (message) => { $("status").textContent = message; };
  const fail = (message) => {
    const box = $("error");
    box.textContent = message;
    box.hidden = false;
    say("");
  };

  const fitCard = () => {
    const frame = $("card");
    const doc = frame.contentDocument;
    if (doc && doc.documentElement) frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
  };

  const show = () => {
    if (!brief) return;
    const format = document.querySelector('input[name="format"]:checked').value;
    const frame = $("card");
    const source = $("source");
    if (format === "card") {
      source.hidden = true;
      frame.hidden = false;
      // A sandboxed frame without scripts; links open outside it.
      frame.srcdoc = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><base target="_blank">' +
        '</head><body style="margin:0;background:#ffffff">' + brief.fragment + "</body></html>";
    } else {
      frame.hidden = true;
      source.hidden = false;
      source.textContent = format === "json" ? JSON.stringify(brief.json, null, 2) : brief[format];
      source.setAttribute("aria-label", "The brief as " + ({ md: "Markdown", text: "text", json: "JSON" })[format]);
    }
  };

  $("card").addEventListener("load", fitCard);
  window.addEventListener("resize", fitCard);
  document.querySelectorAll('input[name="format"]').forEach((radio) => radio.addEventListener("change", show));

  $("brief-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    $("error").hidden = true;
    const text = $("text").value.trim();
    const url = $("url").value.trim();
    if (!text && !url) { fail("Paste an article's text or give a link to one."); $("text").focus(); return; }
    if (text && url) { fail("Give the article's text or a link, not both."); $("url").focus(); return; }
    const quotes = $("quotes").value === "" ? 3 : Number($("quotes").value);
    const request = { format: "all", quotes: quotes };
    if (text) request.text = text; else request.url = url;
    const headers = { "Content-Type": "application/json" };
    const token = $("token").value.trim();
    if (token) headers.Authorization = "Bearer " + token;
    const button = $("submit");
    button.disabled = true;
    $("brief-form").setAttribute("aria-busy", "true");
    say("Briefing…");
    try {
      const response = await fetch("/v1/brief", { method: "POST", headers: headers, body: JSON.stringify(request) });
      const answer = await response.json().catch(() => null);
      if (!response.ok) {
        fail(answer && answer.error ? answer.error : "The server answered " + response.status + ".");
        return;
      }
      brief = answer;
      $("result").hidden = false;
      show();
      say("Briefed: " + brief.json.headline);
    } catch (error) {
      fail("The server could not be reached.");
    } finally {
      button.disabled = false;
      $("brief-form").removeAttribute("aria-busy");
    }
  });

  $("copy").addEventListener("click", async () => {
    if (!brief) return;
    try {
      await navigator.clipboard.writeText(brief.fragment);
    } catch (error) {
      // No clipboard API (an insecure origin): copy through a selected text area.
      const area = document.createElement("textarea");
      area.value = brief.fragment;
      document.body.appendChild(area);
      area.select();
      const copied = document.execCommand("copy");
      area.remove();
      if (!copied) { fail("The browser did not allow copying; select the HTML in the JSON view instead."); return; }
    }
    say("Copied the HTML fragment: paste it into your newsletter editor.");
  });
})();
