// The app's loader. vite.config.ts puts this file at the end of every prerendered page instead of
// the <script type="module"> tag, with the entry's address in place of __APP_ENTRY__ and the files
// of each language's texts in place of __TEXTS__; the page's Content-Security-Policy allows it by
// its sha256 hash (as the inline style), never by 'unsafe-inline'. Plain ES5 without modules: it
// runs as it is, before anything else.
//
// Why a loader: the prerendered start screen, with 112, 02800 and ROSA, needs no script to show.
// Asked for by the page, the app's script is fetched while that screen is still waiting to be drawn,
// and on a slow phone the two compete. Asked for here, once the screen is painted (or at once in a
// tab nobody sees, where nothing is painted), the numbers come first. docs/decisions/0007.
//
// Until the app is there (src/main.tsx calls window.veiviserBoot.stop()):
// - a press on the prerendered Start button is kept and handed to the app, so nobody has to press
//   it twice;
// - the quick exit leaves as the app's does (location.replace: Back does not return here) rather
//   than as a plain link, which would leave this page in the history.
(function () {
  var d = document;
  var boot = { start: false };
  function onClick(event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var exit = target.closest('a[data-action="quick-exit"]');
    if (exit) {
      event.preventDefault();
      d.documentElement.className += ' is-exiting';
      d.title = '';
      location.replace(exit.href);
    } else if (target.closest('#root [data-action="continue"]')) boot.start = true;
  }
  d.addEventListener('click', onClick);
  boot.stop = function () {
    d.removeEventListener('click', onClick);
  };
  window.veiviserBoot = boot;

  // Each language's texts, as the build named their files: { nb: ['/assets/texts-nb-….js'], … }.
  var texts = { __TEXTS__: [] };
  var asked = false;
  function load() {
    if (asked) return;
    asked = true;
    // The language the app will start in (src/main.tsx: ?lang= if it names one, else the page's
    // own). Its texts are fetched beside the app's script rather than after it has run: one round
    // trip less.
    var lang = new URLSearchParams(location.search).get('lang');
    if (!Object.prototype.hasOwnProperty.call(texts, lang)) lang = d.documentElement.lang;
    var files = Object.prototype.hasOwnProperty.call(texts, lang) ? texts[lang] : [];
    for (var i = 0; i < files.length; i += 1) {
      var link = d.createElement('link');
      link.rel = 'modulepreload';
      link.href = files[i];
      d.head.appendChild(link);
    }
    var script = d.createElement('script');
    script.type = 'module';
    script.src = '__APP_ENTRY__';
    d.head.appendChild(script);
  }
  // requestAnimationFrame runs just before a frame is drawn; a task queued from it runs after.
  function afterFirstFrame() {
    requestAnimationFrame(function () {
      setTimeout(load, 0);
    });
  }
  // Better still: after the first contentful paint itself, which a browser may put on screen some
  // time after the frame was drawn. In any case a second after parsing at most, should neither
  // come (a web view that draws no frame, say).
  function afterFirstPaint() {
    setTimeout(load, 1000);
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (types.indexOf('paint') < 0) return afterFirstFrame();
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(load, 0);
    }).observe({ type: 'paint', buffered: true });
  }
  // A hidden tab draws no frames: there is nothing to wait for, and a frame would never come.
  d.addEventListener('visibilitychange', load);
  if (d.visibilityState !== 'visible') load();
  else if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', afterFirstPaint);
  else afterFirstPaint();
})();
