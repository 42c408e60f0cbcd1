// Frontline page behaviour: CSRF for htmx, charts from data attributes, upload progress. Loaded deferred.
(function () {
    'use strict';
    // Style sheets fetched without holding up the first paint (media="print" data-screen): on for the screen once here.
    document.querySelectorAll('link[data-screen]').forEach(function (link) {
        if (link.sheet) {
            link.media = 'all';
        } else {
            link.addEventListener('load', function () { link.media = 'all'; });
        }
    });
    const header = document.querySelector('meta[name="csrf-header"]');
    const token = document.querySelector('meta[name="csrf-token"]');
    // A stale edit answers 409 with the fragment as it stands now: show it (htmx swaps only 2xx by default).
    if (window.htmx) {
        htmx.config.responseHandling = [{code: '204', swap: false}, {code: '[23]..', swap: true},
            {code: '409', swap: true, error: false}, {code: '[45]..', swap: false, error: true}, {code: '...', swap: false}];
    }
    document.body.addEventListener('htmx:configRequest', function (event) {
        if (header && token && token.content) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // A first visit: the browser's time zone becomes the user's, until they choose one themselves.
    if (document.body.dataset.timeZoneUnset === 'true' && window.Intl && header && token && token.content) {
        const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone) {
            const headers = {'Content-Type': 'application/x-www-form-urlencoded'};
            headers[header.content] = token.content;
            fetch('/account/time-zone/detected', {method: 'POST', headers: headers, credentials: 'same-origin',
                body: 'timeZone=' + encodeURIComponent(zone)});
        }
    }

    const palette = ['#1f4e79', '#2e86c1', '#48c9b0', '#f4d03f', '#eb984e', '#cb4335', '#7d3c98', '#839192'];

    // Chart.js (200 KiB) is fetched only by a page that draws a chart: its URL is on this script's tag.
    const chartJs = document.currentScript && document.currentScript.dataset.chartJs;
    let chartJsLoading = null;

    function loadChartJs() {
        if (!chartJsLoading) {
            chartJsLoading = new Promise(function (resolve, reject) {
                const script = document.createElement('script');
                script.src = chartJs;
                script.onload = resolve;
                script.onerror = reject;
                document.head.appendChild(script);
            });
        }
        return chartJsLoading;
    }

    function drawCharts(root) {
        const undrawn = root.querySelectorAll('canvas[data-chart]:not([data-drawn])');
        if (undrawn.length === 0) {
            return;
        }
        if (typeof Chart === 'undefined') {
            if (chartJs) {
                loadChartJs().then(function () { drawCharts(root); });
            }
            return;
        }
        // One task per chart, so that a page of charts never holds the main thread for long at once (a phone).
        undrawn.forEach(function (canvas) {
            if (canvas.dataset.drawn) {
                return;
            }
            canvas.dataset.drawn = 'true';
            setTimeout(function () { draw(canvas); }, 0);
        });
    }

    function draw(canvas) {
        const spec = JSON.parse(document.getElementById(canvas.dataset.chart).textContent);
        spec.data.datasets.forEach(function (dataset, i) {
            dataset.backgroundColor = dataset.backgroundColor || palette[i % palette.length];
            dataset.borderColor = dataset.borderColor || palette[i % palette.length];
        });
        spec.options = Object.assign({responsive: true, maintainAspectRatio: false}, spec.options || {});
        // Drawn at once: an animated chart costs the main thread a frame after frame on a phone (Lighthouse's
        // blocking time), and people who prefer reduced motion get none either.
        spec.options.animation = false;
        if (spec.data.datasets.some(function (d) { return d.hideInLegend; })) {
            spec.options.plugins = spec.options.plugins || {};
            spec.options.plugins.legend = {labels: {filter: function (item, data) {
                return !data.datasets[item.datasetIndex].hideInLegend;
            }}};
        }
        new Chart(canvas, spec);
    }

    // Charts (and Chart.js) only once the page has painted: the text comes first, on a busy phone too.
    document.addEventListener('DOMContentLoaded', function () {
        requestAnimationFrame(function () { setTimeout(function () { drawCharts(document); }, 0); });
    });
    document.body.addEventListener('htmx:afterSettle', function (event) { drawCharts(event.target); });

    // Import upload with a progress bar; the server then reports its own progress through htmx polling.
    document.addEventListener('submit', function (event) {
        const form = event.target;
        if (!form.matches('form[data-upload]')) {
            return;
        }
        event.preventDefault();
        const bar = document.getElementById('upload-progress');
        const barInner = bar.querySelector('.progress-bar');
        const target = document.getElementById(form.dataset.upload);
        bar.hidden = false;
        const request = new XMLHttpRequest();
        request.open('POST', form.action);
        if (header && token) {
            request.setRequestHeader(header.content, token.content);
        }
        request.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) {
                const pct = Math.round(100 * e.loaded / e.total);
                barInner.style.width = pct + '%';
                barInner.textContent = 'Uploading ' + pct + '%';
                bar.setAttribute('aria-valuenow', String(pct));
            }
        });
        request.addEventListener('load', function () {
            bar.hidden = true;
            target.innerHTML = request.responseText;
            htmx.process(target);
            target.focus();
        });
        request.addEventListener('error', function () {
            bar.hidden = true;
            target.innerHTML = '<div class="alert alert-danger" role="alert">The upload failed. Check your connection and try again.</div>';
        });
        request.send(new FormData(form));
    });
})();
