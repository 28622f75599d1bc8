// Draws each figures table (table[data-chart]) as a Chart.js chart in the .chart element before it. The numbers
// come from the cells' data-value attributes, so chart and table always agree; nothing is inline (the CSP
// allows scripts from this site only).
(function () {
    'use strict';
    // colours that keep 3:1 contrast against white
    var COLOURS = ['#1d4e89', '#b0413e', '#2d6a4f', '#8a5a00', '#5b3f8c', '#3c4650'];

    function chartFor(table) {
        var holder = table.closest('.figure').querySelector('.chart');
        if (!holder || typeof Chart === 'undefined') {
            return;
        }
        var heads = Array.prototype.slice.call(table.tHead.rows[0].cells, 1);
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        var labels = rows.map(function (r) { return r.cells[0].textContent.trim(); });
        var datasets = [];
        heads.forEach(function (th, i) {
            if (th.getAttribute('data-chart-skip') === 'true') {
                return;
            }
            datasets.push({
                label: th.textContent.trim(),
                backgroundColor: COLOURS[datasets.length % COLOURS.length],
                data: rows.map(function (r) {
                    var cell = r.cells[i + 1];
                    return cell ? parseFloat(cell.getAttribute('data-value')) || 0 : 0;
                })
            });
        });
        var stacked = table.getAttribute('data-stacked') === 'true';
        var whole = datasets.every(function (d) { return d.data.every(Number.isInteger); });
        var canvas = document.createElement('canvas');
        holder.appendChild(canvas);
        new Chart(canvas, {
            type: table.getAttribute('data-chart') || 'bar',
            data: {labels: labels, datasets: datasets},
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                plugins: {legend: {display: datasets.length > 1}},
                scales: {
                    x: {stacked: stacked},
                    // counts get whole-number ticks; hours and money keep their decimals
                    y: {stacked: stacked, beginAtZero: true, ticks: whole ? {precision: 0} : {}}
                }
            }
        });
        holder.setAttribute('data-drawn', 'true');
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('table[data-chart]').forEach(chartFor);
    });
}());
