// The app's loader. vite.config.ts puts this file, with the entry's address in place of
// __APP_ENTRY__, at the end of every prerendered page instead of the <script type="module"> tag;
// the page's Content-Security-Policy allows it by its sha256 hash (as the inline style), never by
// 'unsafe-inline'. Plain ES5 without modules: it runs as it is, before anything else.
//
// Why a loader: the prerendered start screen, with 112, 02800 and ROSA, needs no script to show.
// Asked for by the page, the app's script is fetched while that screen is still waiting to be drawn,
// and on a slow phone the two compete. Asked for here, once the first frame is drawn (or at once in a
// tab nobody sees, where nothing is drawn), the numbers come first. docs/decisions/0007.
//
// A press on the prerendered Start button before the app is there is kept from the very first frame
// and handed to the app (src/main.tsx reads window.veiviserBoot), so nobody has to press it twice.
(function () {
  var d = document;
  var boot = { start: false };
  function onClick(event) {
    var target = event.target;
    if (target instanceof Element && target.closest('#root [data-action="continue"]')) boot.start = true;
  }
  d.addEventListener('click', onClick);
  boot.stop = function () {
    d.removeEventListener('click', onClick);
  };
  window.veiviserBoot = boot;

  var asked = false;
  function load() {
    if (asked) return;
    asked = true;
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
  // A hidden tab draws no frames: there is nothing to wait for, and a frame would never come.
  d.addEventListener('visibilitychange', load);
  if (d.visibilityState !== 'visible') load();
  else if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', afterFirstFrame);
  else afterFirstFrame();
})();
