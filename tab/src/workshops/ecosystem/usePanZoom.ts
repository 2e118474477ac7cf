import { type PointerEvent, type RefObject, useEffect, useRef, useState } from 'react';

/** Where a map is looked at from: its zoom and how far it is moved. */
export interface View {
  scale: number;
  x: number;
  y: number;
}
const home: View = { scale: 1, x: 0, y: 0 };
const clampScale = (s: number) => Math.min(6, Math.max(0.4, s));

/**
 * Pan and zoom over a drawing of `width` × `height` shown in `frame`: the wheel zooms around the pointer, a drag
 * moves the drawing (not when it starts on a `[data-node]`), and the returned functions serve the buttons and keys.
 */
export function usePanZoom(frame: RefObject<HTMLDivElement | null>, width: number, height: number) {
  const [view, setView] = useState<View>(home);
  const drag = useRef<{ x: number; y: number; view: View } | undefined>(undefined);

  // The wheel zooms the map instead of scrolling the page (React's wheel listener cannot prevent that).
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const px = ((event.clientX - box.left) / box.width) * width;
      const py = ((event.clientY - box.top) / box.height) * height;
      setView((v) => {
        const scale = clampScale(v.scale * (event.deltaY < 0 ? 1.15 : 1 / 1.15));
        const k = scale / v.scale;
        return { scale, x: px - (px - v.x) * k, y: py - (py - v.y) * k };
      });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [frame, width, height]);

  const zoom = (factor: number) =>
    setView((v) => {
      const scale = clampScale(v.scale * factor);
      const k = scale / v.scale;
      return { scale, x: width / 2 - (width / 2 - v.x) * k, y: height / 2 - (height / 2 - v.y) * k };
    });
  const pan = (dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));
  const reset = () => setView(home);

  /** Brings a point of the drawing into view if panning or zooming left it outside. */
  const reveal = (point: { x: number; y: number }) =>
    setView((v) => {
      const sx = point.x * v.scale + v.x;
      const sy = point.y * v.scale + v.y;
      if (sx > 30 && sx < width - 30 && sy > 30 && sy < height - 30) return v;
      return { ...v, x: width / 2 - point.x * v.scale, y: height / 2 - point.y * v.scale };
    });

  /** The handlers the frame is given for dragging. */
  const dragHandlers = {
    onPointerDown: (event: PointerEvent) => {
      if ((event.target as Element).closest('[data-node]')) return;
      drag.current = { x: event.clientX, y: event.clientY, view };
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    },
    onPointerMove: (event: PointerEvent) => {
      const start = drag.current;
      if (!start || !frame.current) return;
      const ratio = width / frame.current.getBoundingClientRect().width;
      setView({ ...start.view, x: start.view.x + (event.clientX - start.x) * ratio, y: start.view.y + (event.clientY - start.y) * ratio });
    },
    onPointerUp: () => (drag.current = undefined),
    onPointerCancel: () => (drag.current = undefined),
  };

  return { view, zoom, pan, reset, reveal, dragHandlers };
}
