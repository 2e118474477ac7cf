import { band, polygonPoints, radarLayout, radarPoint } from './radar';

describe('radar geometry', () => {
  const c = { x: 100, y: 100 };

  it('puts the first axis straight up and goes clockwise', () => {
    expect(radarPoint(c, 80, 5, 0, 4, 5)).toEqual({ x: 100, y: 20 });
    expect(radarPoint(c, 80, 5, 1, 4, 5)).toEqual({ x: 180, y: 100 });
    expect(radarPoint(c, 80, 5, 2, 4, 5)).toEqual({ x: 100, y: 180 });
    expect(radarPoint(c, 80, 5, 3, 4, 5)).toEqual({ x: 20, y: 100 });
  });

  it('scales a value along its axis and clamps it to the scale', () => {
    expect(radarPoint(c, 80, 5, 0, 10, 2.5)).toEqual({ x: 100, y: 60 });
    expect(radarPoint(c, 80, 5, 0, 10, 9)).toEqual({ x: 100, y: 20 });
    expect(radarPoint(c, 80, 5, 0, 10, -1)).toEqual(c);
  });

  it('lays out ten axes with rings and label anchors that keep text outside', () => {
    const layout = radarLayout(10, 200, 20);
    expect(layout.radius).toBe(80);
    expect(layout.axes).toHaveLength(10);
    expect(layout.rings.map((r) => r.value)).toEqual([1, 2, 3, 4, 5]);
    expect(layout.axes[0]!.anchor).toBe('middle');
    expect(layout.axes[2]!.anchor).toBe('start');
    expect(layout.axes[5]!.anchor).toBe('middle');
    expect(layout.axes[8]!.anchor).toBe('end');
    // Labels sit beyond the axis end.
    expect(layout.axes[0]!.label.y).toBeLessThan(layout.axes[0]!.end.y);
    // The outer ring passes through every axis end.
    expect(layout.rings[4]!.points.split(' ')[0]).toBe(`${layout.axes[0]!.end.x},${layout.axes[0]!.end.y}`);
  });

  it('draws a run as a closed polygon, a missing value at the centre', () => {
    expect(polygonPoints(c, 80, 5, [5, null, 5, 0])).toBe('100,20 100,100 100,180 100,100');
  });

  it('reads scores into bands', () => {
    expect([band(2.4), band(2.5), band(3.5), band(3.6)]).toEqual(['priority', 'watch', 'watch', 'strength']);
  });
});
