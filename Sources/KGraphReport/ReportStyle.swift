/// The report's stylesheet: system fonts only (nothing to download), type colours shared
/// with the diagrams' node and edge classes, and print rules.
/// (No `<` or `&` here: the page must stay well-formed XML.)
enum ReportStyle {
    static let css = """
    :root {
      --ink: #1d2433; --muted: #5b6477; --line: #d9dee7; --paper: #ffffff; --tint: #f5f7fa;
      --accent: #2f5d8a;
    }
    * { box-sizing: border-box; }
    html { background: var(--tint); }
    body {
      margin: 0 auto; max-width: 1120px; padding: 2rem 2.5rem 3rem; background: var(--paper);
      color: var(--ink); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      box-shadow: 0 0 0 1px var(--line);
    }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .3rem; letter-spacing: -.01em; }
    h2 { font-size: 1.35rem; margin: 0 0 .4rem; line-height: 1.3; }
    h3 { font-size: 1.02rem; margin: 1.6rem 0 .5rem; color: var(--ink); }
    a { color: var(--accent); }
    .summary, .source, .lede, figcaption, .toc-meta, .ev-meta, .report-footer { color: var(--muted); }
    .report-header { border-bottom: 3px solid var(--accent); padding-bottom: .8rem; margin-bottom: 1.2rem; }
    .summary { margin: 0; }
    .toc { background: var(--tint); border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1.2rem; margin-bottom: 2rem; }
    .toc h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0 0 .3rem; }
    .toc ol { margin: 0; padding-left: 1.4rem; }
    .toc li { margin: .15rem 0; }
    .toc-meta { font-size: .85rem; margin-left: .3rem; }
    .report-section { padding-top: 1.6rem; margin-top: 1.6rem; border-top: 1px solid var(--line); }
    .report-section:first-child { border-top: 0; margin-top: 0; padding-top: 0; }
    .section-number {
      display: inline-block; min-width: 1.6rem; height: 1.6rem; line-height: 1.6rem; border-radius: 50%;
      background: var(--accent); color: #fff; font-size: .85rem; text-align: center; margin-right: .35rem;
      vertical-align: .12em;
    }
    .source { margin: 0 0 1rem; font-size: .92rem; overflow-wrap: anywhere; }
    .path { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .88em; }
    figure.graph { margin: 0 0 1rem; padding: 1rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; text-align: center; }
    figure.graph figcaption { font-size: .85rem; margin-top: .4rem; }
    svg.kg-svg { display: block; width: 100%; height: auto; margin: 0 auto; }
    svg.kg-svg g.kg-node:hover polygon, svg.kg-svg g.node:hover polygon, svg.kg-svg g.node:hover ellipse, svg.kg-svg g.node:hover path { stroke-width: 2.5; }
    svg.kg-svg g.edge:hover path, svg.kg-svg g.edge:hover polygon { stroke-width: 2.5; }
    /* The renderer's type classes (node-type-*, edge-type-*): hovering one element brings it forward. */
    svg.kg-svg g[class*="node-type-"]:hover text, svg.kg-svg g[class*="edge-type-"]:hover text { font-weight: 700; }
    svg.kg-svg g[class*="edge-type-"], svg.kg-svg g[class*="node-type-"] { transition: opacity .15s; }
    svg.kg-svg:has(g[class*="edge-type-"]:hover) g[class*="edge-type-"]:not(:hover) { opacity: .45; }
    table { width: 100%; border-collapse: collapse; font-size: .9rem; margin-bottom: .5rem; }
    th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
    thead th { background: var(--tint); font-size: .78rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); border-bottom: 2px solid var(--line); }
    tbody tr:nth-child(even) td { background: #fafbfc; }
    table.entities, table.relations { table-layout: fixed; }
    table.entities th:nth-child(1) { width: 28%; } table.entities th:nth-child(2) { width: 16%; } table.entities th:nth-child(4) { width: 11%; }
    table.relations th:nth-child(1), table.relations th:nth-child(3) { width: 16%; }
    table.relations th:nth-child(2) { width: 13%; } table.relations th:nth-child(4) { width: 10%; }
    td { overflow-wrap: break-word; }
    .table-wrap { overflow-x: auto; }
    td.label { font-weight: 600; }
    td.aliases { color: var(--muted); }
    td.aliases .more { border-bottom: 1px dotted currentColor; cursor: help; white-space: nowrap; }
    .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .78rem; font-weight: 600; white-space: nowrap; border: 1px solid currentColor; background: #fff; }
    .type-country { color: #3a6ea5; background: #d6e6f5; } .type-person { color: #b86e1f; background: #fde3c8; }
    .type-alliance { color: #6a4c9c; background: #e2d9f3; } .type-organization { color: #3f7f3a; background: #dcefd9; }
    .type-principle { color: #a08420; background: #fff4c2; } .type-region { color: #6b6b6b; background: #e8e8e8; }
    .rel-proposes { color: #7b3fa0; } .rel-rejects { color: #c62828; } .rel-supports { color: #2e7d32; }
    .rel-partners-with { color: #1f5fa8; } .rel-tension-with { color: #e07b00; } .rel-counters { color: #8e244d; }
    .rel-member-of { color: #00838f; } .rel-leads { color: #616161; } .rel-serves { color: #757575; }
    .rel-upholds { color: #a07800; } .rel-founded { color: #37474f; }
    .diff-added { color: #2e7d32; } .diff-removed { color: #c62828; } .diff-changed { color: #ef6c00; } .diff-kept { color: #9e9e9e; }
    .badge, .meter span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    .conf { display: block; }
    .meter { display: block; height: 4px; width: 3.5rem; margin: .2rem 0 0 auto; background: var(--line); border-radius: 2px; overflow: hidden; }
    .meter span { display: block; height: 100%; background: var(--accent); }
    td.evidence ul { margin: 0; padding-left: 1rem; }
    td.evidence li { margin: 0 0 .3rem; }
    td.evidence q { font-style: italic; }
    mark { background: #fff1b8; color: inherit; padding: 0 .1em; border-radius: 2px; }
    .ev-meta { font-size: .8rem; white-space: nowrap; }
    .empty { color: var(--muted); font-style: italic; }
    section.diff { margin-top: 1.2rem; }
    ul.changes { padding-left: 0; list-style: none; }
    ul.changes li { padding: .25rem 0; border-bottom: 1px solid var(--line); }
    .badge.change { min-width: 5.2rem; text-align: center; margin-right: .4rem; }
    .change-added .badge { color: #2e7d32; } .change-removed .badge { color: #c62828; } .change-changed .badge { color: #ef6c00; }
    @media (min-width: 900px) { ul.changes { columns: 2; column-gap: 2rem; } ul.changes li { break-inside: avoid; } }
    .report-footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid var(--line); font-size: .8rem; }
    @media (max-width: 700px) {
      body { padding: 1rem; }
      table.entities, table.relations { table-layout: auto; }
      table.relations { min-width: 40rem; }
      td.evidence { min-width: 16rem; }
    }
    @media print {
      @page { margin: 14mm; }
      html, body { background: #fff; box-shadow: none; }
      body { max-width: none; padding: 0; color: #000; font-size: 10pt; }
      a { color: inherit; text-decoration: none; }
      .toc { background: none; border: 1px solid #999; }
      .toc a, .toc h2, .section-number { color: #000; background: none; }
      .report-section.article, .report-section.merged, .report-section.changes { break-before: page; page-break-before: always; border-top: 0; }
      figure.graph { border: 0; padding: 0; break-inside: avoid; page-break-inside: avoid; }
      svg.kg-svg { width: 100% !important; max-width: 100% !important; max-height: 24cm; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      tbody tr:nth-child(even) td, thead th { background: none; }
      mark { background: none; font-weight: 600; }
      .meter { display: none; }
    }

    """
}
