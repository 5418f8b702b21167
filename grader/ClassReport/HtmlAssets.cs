namespace NeuralKatas.Grader.ClassReport;

/// <summary>
/// The page's style and script, inlined so report.html is one file that needs nothing from the
/// network. The script sorts the students' table and writes its own state into the page, so a
/// headless browser (and a person) can tell it ran without errors.
/// </summary>
internal static class HtmlAssets
{
    public const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; color: #1b1b1b; line-height: 1.4; }
        h1 { font-size: 1.8rem; margin-bottom: .2rem; }
        h2 { border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; margin-top: 2.5rem; }
        .note { background: #fff8e1; border-left: 4px solid #f0b400; padding: .5rem .8rem; }
        .katas { display: grid; grid-template-columns: repeat(auto-fill, minmax(30rem, 1fr)); gap: 1rem; }
        .kata { border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem .8rem; }
        .kata h3 { margin: 0 0 .3rem; font-size: 1.05rem; }
        .bar { fill: #3b82f6; }
        .axis { stroke: #555; }
        svg text { font-size: 11px; fill: #333; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border-bottom: 1px solid #e5e7eb; padding: .25rem .45rem; text-align: left; vertical-align: top; }
        th[data-sort] { cursor: pointer; background: #f3f4f6; white-space: nowrap; }
        th[data-sort]::after { content: " \2195"; color: #888; }
        #similarity-katas th:not(:first-child), table.tests th:last-child { text-align: right; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.tests td:first-child { overflow-wrap: anywhere; font-size: .8rem; }
        .rate { display: block; height: .7rem; background: #22c55e; vertical-align: middle; }
        .rate-back { display: inline-block; width: 5rem; height: .7rem; background: #fee2e2; vertical-align: middle; }
        .flag { display: inline-block; white-space: nowrap; background: #fde68a; border-radius: 3px; padding: 0 .3rem; margin: 0 .15rem .15rem 0; font-size: .8rem; }
        .status-passed { color: #15803d; }
        .status-failed { color: #b45309; }
        .status-other { color: #b91c1c; font-weight: 600; }
        .status-none { color: #9ca3af; }
        .pair { border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem .8rem; margin: 1rem 0; }
        .side { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .6rem; }
        pre { background: #f6f8fa; padding: .4rem; overflow-x: auto; font-size: .8rem; margin: .2rem 0; }
        .hit { background: #fde047; display: block; }
        #script-status[data-state="error"] { color: #b91c1c; }
        """;

    public const string Script = """
        (function () {
          var status = document.getElementById("script-status");
          var errors = [];
          window.onerror = function (message) {
            errors.push(String(message));
            status.setAttribute("data-state", "error");
            status.setAttribute("data-errors", errors.join(" | "));
            status.textContent = "The page's script failed: " + errors.join(" | ");
          };
          var table = document.getElementById("students");
          function value(row, column) {
            var cell = row.cells[column];
            var raw = cell.getAttribute("data-value");
            var text = raw === null ? cell.textContent : raw;
            var number = parseFloat(text);
            return isNaN(number) ? text.toLowerCase() : number;
          }
          function sortBy(column, descending) {
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = value(a, column), y = value(b, column);
              var order = x < y ? -1 : x > y ? 1 : 0;
              if (order === 0) { order = parseInt(a.getAttribute("data-index"), 10) - parseInt(b.getAttribute("data-index"), 10); return order; }
              return descending ? -order : order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
            table.setAttribute("data-sorted", column + (descending ? " desc" : " asc"));
          }
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
            header.addEventListener("click", function () {
              var descending = header.getAttribute("data-direction") !== "desc";
              header.setAttribute("data-direction", descending ? "desc" : "asc");
              sortBy(column, descending);
            });
          });
          // Lowest total first: the students who most need a look come to the top.
          sortBy(1, false);
          if (errors.length === 0) {
            status.setAttribute("data-state", "ready");
            status.textContent = "Click a column's header to sort the table by it.";
          }
        })();
        """;
}
