// trustdesk console: small progressive enhancements. Every page works without this file; with it,
// the keyboard drives the queue, blurred content reveals on click, the action form previews the policy,
// and delay windows count down. Text from the server is only ever set with textContent, never as HTML.
"use strict";

(function () {
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

  function typing(event) {
    const el = event.target;
    return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  // --- Sensitive content stays blurred until a moderator chooses to look.
  function reveal(box) { box.classList.add("revealed"); }
  $$("[data-sensitive]").forEach((box) => {
    box.addEventListener("click", () => reveal(box));
  });

  // --- Forms: no double submits (a second click would be a second request).
  $$("form").forEach((form) => {
    form.addEventListener("submit", () => {
      $$("button[type=submit], button:not([type])", form).forEach((b) => {
        window.setTimeout(() => { b.disabled = true; }, 0);
      });
    });
  });

  // --- Filters apply as soon as a select changes.
  $$("form[data-autosubmit] select").forEach((select) => {
    select.addEventListener("change", () => select.form.submit());
  });
  // A form that sends itself needs no button once the script runs (it stays for browsers without script).
  $$("form[data-autosubmit] [data-autosubmit-fallback]").forEach((button) => { button.hidden = true; });

  // --- Lists (queue rows, approval cards): j/k to move, Enter to open.
  const items = $$("[data-item]");
  let current = -1;
  function select(index) {
    if (!items.length) return;
    current = Math.max(0, Math.min(items.length - 1, index));
    items.forEach((el, i) => el.classList.toggle("selected", i === current));
    items[current].scrollIntoView({ block: "nearest" });
  }
  items.forEach((row, i) => {
    if (!row.dataset.href) return;
    row.addEventListener("click", (event) => {
      if (event.target.closest("a, button, form, input, select")) return;
      select(i);
      window.location.assign(row.dataset.href);
    });
  });
  function selected() { return current >= 0 ? items[current] : null; }
  function submitIn(root, selector) {
    const form = root && $(selector, root);
    if (form) form.requestSubmit();
    return Boolean(form);
  }

  // --- The action form: say what the policy will require before anything is submitted.
  const actionForm = $("[data-action-form]");
  if (actionForm) setUpActionForm(actionForm);

  function setUpActionForm(form) {
    const type = $("[data-action-type]", form);
    const box = $("[data-requirement]", form);
    const headline = $("[data-requirement-headline]", form);
    const detail = $("[data-requirement-detail]", form);
    const submit = $("[data-submit]", form);
    // The words come from the page, in its language; English if a page does not give them.
    const words = form.dataset;
    const labels = { now: words.labelNow || "Apply now", delay: words.labelDelay || "Schedule action",
                     approval: words.labelApproval || "Request approval", denied: words.labelDenied || "Not allowed" };
    let asked = 0;

    function showFields() {
      $$("[data-field=duration]", form).forEach((f) => { f.hidden = !["suspend", "limit"].includes(type.value); });
      $$("[data-field=label]", form).forEach((f) => { f.hidden = type.value !== "label"; });
    }
    function show(preview) {
      box.className = "requirement requirement-" + preview.kind;
      headline.textContent = preview.headline;
      showIsolatingHandles(detail, preview.explanation);
      submit.textContent = labels[preview.kind] || words.labelPropose || "Propose action";
      submit.disabled = preview.kind === "denied";
    }
    async function refresh() {
      const ticket = ++asked;
      showFields();
      box.classList.add("requirement-loading");
      const query = new URLSearchParams({ kind: form.dataset.kind, id: form.dataset.subject, type: type.value });
      try {
        const response = await fetch("/console/preview?" + query, { credentials: "same-origin",
                                                                    headers: { Accept: "application/json" } });
        const body = await response.json();
        if (ticket !== asked) return; // a newer choice is on its way
        if (!response.ok) { headline.textContent = body.error || words.labelCannotPreview || "Cannot preview this action"; return; }
        show(body);
      } catch (err) {
        if (ticket === asked) headline.textContent = words.labelUnreachable || "Could not reach trustdesk to preview the policy.";
      } finally {
        if (ticket === asked) box.classList.remove("requirement-loading");
      }
    }
    type.addEventListener("change", refresh);
    refresh();
    form.chooseType = (value) => {
      if (!$$("option", type).some((o) => o.value === value)) return;
      type.value = value;
      refresh();
      $("[data-reason]", form).focus();
    };
  }

  // --- Delay windows count down from the server's own reckoning (the server clock decides, not this one).
  const countdowns = $$("[data-countdown]");
  if (countdowns.length) {
    const started = performance.now();
    const tick = () => {
      const elapsed = (performance.now() - started) / 1000;
      countdowns.forEach((el) => {
        const left = Math.max(0, Math.round(Number(el.dataset.countdown) - elapsed));
        if (left === 0) {
          el.textContent = "due now";
          el.classList.add("due");
        } else {
          const h = Math.floor(left / 3600), m = Math.floor((left % 3600) / 60), s = left % 60;
          el.textContent = (h ? h + ":" + String(m).padStart(2, "0") : m) + ":" + String(s).padStart(2, "0");
        }
      });
    };
    tick();
    window.setInterval(tick, 500);
  }

  // --- Keyboard shortcuts, as in the tools moderators already use. "?" lists them.
  const help = $("#help");
  $$("[data-toggle-help]").forEach((b) => b.addEventListener("click", () => { help.hidden = !help.hidden; }));
  if (help) help.addEventListener("click", (event) => { if (event.target === help) help.hidden = true; });

  const actionKeys = { d: "dismiss", w: "warn", l: "label", m: "limit", r: "remove", s: "suspend", x: "deactivate" };
  const goKeys = { q: "/queue", f: "/subjects", a: "/approvals", s: "/scheduled", l: "/alerts", u: "/audit", d: "/dashboard" };
  let pendingG = false;

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      if (help) help.hidden = true;
      if (typing(event)) event.target.blur();
      return;
    }
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (pendingG) {
      pendingG = false;
      if (goKeys[event.key]) { window.location.assign(goKeys[event.key]); event.preventDefault(); }
      return;
    }
    const handled = handleKey(event.key);
    if (handled) event.preventDefault();
  });

  function handleKey(key) {
    switch (key) {
      case "?": if (help) help.hidden = !help.hidden; return true;
      case "g": pendingG = true; return true;
      case "j": select(current + 1); return items.length > 0;
      case "k": select(current - 1); return items.length > 0;
      case "Enter": {
        const row = selected();
        if (row && row.dataset.href) { window.location.assign(row.dataset.href); return true; }
        return false;
      }
      case "/": {
        const search = $("#queue-search") || $("#subject-search");
        if (search) { search.focus(); return true; }
        return false;
      }
      case "c": return submitIn(selected(), "[data-claim]") || submitIn(document, ".topbar [data-claim]");
      case "a": return submitIn(selected(), "[data-approve]");
      case "n": return submitIn(document, "[data-claim-next]");
      case "v": $$("[data-sensitive]").forEach(reveal); return true;
      default:
        if (actionForm && actionKeys[key]) { actionForm.chooseType(actionKeys[key]); return true; }
        return false;
    }
  }
})();

// A handle may carry a right-to-left override: each "@handle" goes in its own <bdi> so it cannot reverse
// the policy's words around it (the server renders the first page the same way).
function showIsolatingHandles(element, text) {
  element.textContent = "";
  for (const part of String(text).split(/(@\S+)/)) {
    if (part.startsWith("@")) {
      const isolate = document.createElement("bdi");
      isolate.textContent = part;
      element.append(isolate);
    } else if (part) {
      element.append(document.createTextNode(part));
    }
  }
}
