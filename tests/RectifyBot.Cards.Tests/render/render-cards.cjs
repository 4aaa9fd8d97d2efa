// Parses, validates and renders Adaptive Card JSON files the way Teams' renderer would,
// in one process for the whole test run, and prints one JSON report on stdout.
//
// Usage: node render-cards.cjs <node_modules dir> <cards dir>
// Every *.json file in <cards dir> is one card; each is rendered as Teams desktop (schema 1.5)
// and as Teams mobile (schema 1.2) would. The C# test decides what counts as failure;
// this script only reports what the renderer saw.
"use strict";

const path = require("path");
const fs = require("fs");

const [nodeModules, cardsDir] = process.argv.slice(2);
if (!nodeModules || !cardsDir) {
    process.stderr.write("usage: node render-cards.cjs <node_modules dir> <cards dir>\n");
    process.exit(2);
}

const fromRepo = (name) => require(path.join(nodeModules, name));

// The renderer needs a DOM; jsdom gives it one without a browser.
const { JSDOM } = fromRepo("jsdom");
const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>");
global.window = dom.window;
global.document = dom.window.document;
// The renderer uses DOM classes (HTMLButtonElement, Node, ...) as globals, as in a browser.
for (const name of Object.getOwnPropertyNames(dom.window)) {
    if (/^(HTML\w*Element|Node|Element|Event|KeyboardEvent|MouseEvent|getComputedStyle)$/.test(name) && !(name in global)) {
        global[name] = dom.window[name];
    }
}

const AC = fromRepo("adaptivecards");
const hostConfigJson = JSON.parse(fs.readFileSync(
    path.join(nodeModules, "adaptivecards-designer", "lib", "hostConfigs", "microsoft-teams-light.json"), "utf8"));
const hostConfig = new AC.HostConfig(hostConfigJson);

// Teams renders Markdown itself; the browser renderer would otherwise warn that no processor is set.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = text;
    result.didProcess = true;
};

const describe = (e) => ({
    phase: AC.ValidationPhase[e.phase],
    event: AC.ValidationEvent[e.event],
    message: e.message,
});

// Parses and renders one card as a client of the given schema version would: at 1.2 (Teams
// mobile) the renderer replaces newer elements and actions by their fallbacks, or drops them.
function renderAt(json, version) {
    const pass = { parseEvents: [], validationEvents: [], rendered: false, renderError: null, renderedText: "", buttons: [] };
    try {
        const card = new AC.AdaptiveCard();
        card.hostConfig = hostConfig;
        const context = new AC.SerializationContext(version);
        card.parse(json, context);
        for (let i = 0; i < context.eventCount; i++) {
            pass.parseEvents.push(describe(context.getEventAt(i)));
        }
        pass.validationEvents = card.validateProperties().validationEvents.map(describe);
        const element = card.render();
        if (element) {
            document.body.appendChild(element);
            pass.rendered = true;
            pass.renderedText = element.textContent || "";
            pass.buttons = Array.from(element.querySelectorAll("button"), (b) => b.getAttribute("aria-label") || b.textContent || "");
            document.body.removeChild(element);
        } else {
            pass.renderError = "render() returned nothing";
        }
    } catch (err) {
        pass.renderError = String(err && err.stack ? err.stack : err);
    }
    return pass;
}

const report = [];
for (const file of fs.readdirSync(cardsDir).filter((f) => f.endsWith(".json")).sort()) {
    const json = JSON.parse(fs.readFileSync(path.join(cardsDir, file), "utf8"));
    report.push({ file, desktop: renderAt(json, AC.Versions.v1_5), mobile: renderAt(json, AC.Versions.v1_2) });
}

process.stdout.write(JSON.stringify(report));
