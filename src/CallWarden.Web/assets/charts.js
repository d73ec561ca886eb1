// Draws a chart above every <table data-chart="line|bar"> (first column: labels; every further
// column with numbers: one series named by its header). The table stays: it is the content, the
// chart an enhancement. data-chart-horizontal draws bars across (rankings).
(function () {
  'use strict';
  // A cell's number: its data-value when it has one (data-value="" marks a cell with no number), else its text.
  function number(cell) {
    var text = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
    var value = parseFloat(text.replace(/[^\d.\-]/g, ''));
    return isNaN(value) ? null : value;
  }
  var palette = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#505a5f'];
  function draw(table) {
    var headers = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var labels = rows.map(function (r) { return r.cells[0].textContent.trim(); });
    var datasets = [];
    for (var column = 1; column < headers.length; column++) {
      var values = rows.map(function (r) { return r.cells[column] ? number(r.cells[column]) : null; });
      if (values.every(function (v) { return v === null; })) { continue; }
      var colour = palette[(datasets.length) % palette.length];
      datasets.push({ label: headers[column], data: values, borderColor: colour, backgroundColor: colour, tension: 0.2, pointRadius: 2 });
    }
    var kind = table.getAttribute('data-chart');
    var horizontal = table.hasAttribute('data-chart-horizontal');
    var figure = document.createElement('div');
    figure.className = 'chart';
    figure.style.height = (horizontal ? Math.max(160, 28 * labels.length + 60) : 280) + 'px';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', table.caption ? table.caption.textContent.trim() : headers.join(', '));
    figure.appendChild(canvas);
    table.parentNode.insertBefore(figure, table);
    new window.Chart(canvas, {
      type: kind === 'bar' ? 'bar' : 'line',
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: datasets.length > 1 } },
        scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }
      }
    });
    table.setAttribute('data-chart-drawn', 'true');
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.Chart) { return; }
    document.querySelectorAll('table[data-chart]').forEach(draw);
  });
})();
