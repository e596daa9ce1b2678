/**
 * The gestures on a photo inside its frame: zoom by wheel, double click or tap, pinch and + − 0 on the keyboard, pan
 * by dragging when zoomed, and a horizontal swipe of one finger when not.
 */

const MIN_SCALE = 1;
const MAX_SCALE = 8;
const DOUBLE_CLICK_SCALE = 2.5;
const SWIPE_PIXELS = 50;

/**
 * Wires the gestures on `image` inside `frame` (positioned, clipping); `onZoomIn()` runs the first time the scale passes
 * 1.5 after each reset, so the caller can swap in a sharper image; `onSwipe(1)` after a swipe to the left (the next
 * photo), `onSwipe(-1)` to the right.
 */
export function createPhotoGestures(frame, image, { onZoomIn = () => {}, onSwipe = () => {} } = {}) {
  let scale = 1;
  let x = 0;
  let y = 0;
  let announced = false;
  const pointers = new Map();
  let pinch = null;
  let swipe = null;

  function apply() {
    image.style.transform = scale === 1 ? '' : `translate(${x}px, ${y}px) scale(${scale})`;
    frame.classList.toggle('zoomed', scale > 1);
    if (scale > 1.5 && !announced) {
      announced = true;
      onZoomIn();
    }
  }

  /** Keeps the photo covering the frame where it can, so it never drifts out of sight. */
  function clampPan() {
    const width = image.offsetWidth;
    const height = image.offsetHeight;
    x = Math.min(0, Math.max(width - width * scale, x));
    y = Math.min(0, Math.max(height - height * scale, y));
  }

  /** Zooms to `next`, keeping the point at client coordinates (cx, cy) where it is on screen. */
  function zoomTo(next, cx, cy) {
    const target = Math.min(MAX_SCALE, Math.max(MIN_SCALE, next));
    const box = frame.getBoundingClientRect();
    const left = box.left + image.offsetLeft;
    const top = box.top + image.offsetTop;
    const px = cx === undefined ? image.offsetWidth / 2 : cx - left;
    const py = cy === undefined ? image.offsetHeight / 2 : cy - top;
    const ux = (px - x) / scale;
    const uy = (py - y) / scale;
    scale = target;
    x = px - ux * scale;
    y = py - uy * scale;
    if (scale === 1) {
      x = 0;
      y = 0;
    }
    clampPan();
    apply();
  }

  function reset() {
    scale = 1;
    x = 0;
    y = 0;
    announced = false;
    pointers.clear();
    pinch = null;
    swipe = null;
    apply();
  }

  image.draggable = false;
  image.style.transformOrigin = '0 0';

  frame.addEventListener('wheel', (event) => {
    if (!image.src) {
      return;
    }
    event.preventDefault();
    zoomTo(scale * Math.exp(-event.deltaY * 0.002), event.clientX, event.clientY);
  }, { passive: false });

  frame.addEventListener('dblclick', (event) => {
    if (event.target.closest('button')) {
      return;
    }
    if (scale > 1) {
      zoomTo(1);
    } else {
      zoomTo(DOUBLE_CLICK_SCALE, event.clientX, event.clientY);
    }
  });

  frame.addEventListener('pointerdown', (event) => {
    if (event.target.closest('button')) {
      return;
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    swipe = pointers.size === 1 && event.pointerType !== 'mouse' && scale === 1
      ? { x: event.clientX, y: event.clientY } : null;
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y) || 1, scale };
    }
  });
  frame.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) {
      return;
    }
    const now = { x: event.clientX, y: event.clientY };
    pointers.set(event.pointerId, now);
    if (pointers.size === 2 && pinch) {
      const [a, b] = [...pointers.values()];
      zoomTo(pinch.scale * (Math.hypot(a.x - b.x, a.y - b.y) / pinch.distance), (a.x + b.x) / 2, (a.y + b.y) / 2);
    } else if (pointers.size === 1 && scale > 1) {
      x += now.x - last.x;
      y += now.y - last.y;
      clampPan();
      apply();
    }
  });
  const release = (event) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) {
      pinch = null;
    }
  };
  frame.addEventListener('pointerup', (event) => {
    const start = swipe;
    swipe = null;
    release(event);
    if (start && scale === 1) {
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      if (Math.abs(dx) > SWIPE_PIXELS && Math.abs(dx) > 2 * Math.abs(dy)) {
        onSwipe(dx < 0 ? 1 : -1);
      }
    }
  });
  frame.addEventListener('pointercancel', (event) => {
    swipe = null;
    release(event);
  });

  return {
    reset,
    /** Whether the photo is shown larger than its frame. */
    isZoomed: () => scale > 1,
    /** Zooms in (1) or out (-1) one step around the middle, or back to the whole photo (0). */
    step(direction) {
      zoomTo(direction === 0 ? 1 : scale * (direction > 0 ? 1.5 : 1 / 1.5));
    },
    /** The current scale. */
    scale: () => scale,
  };
}
