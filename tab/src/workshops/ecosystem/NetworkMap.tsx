import { Button, makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import {
  ArrowDownRegular,
  ArrowLeftRegular,
  ArrowResetRegular,
  ArrowRightRegular,
  ArrowUpRegular,
  ZoomInRegular,
  ZoomOutRegular,
} from '@fluentui/react-icons';
import { type KeyboardEvent, memo, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { layoutNetwork, neighbourInDirection } from './networkLayout';
import type { EcosystemLists } from './useEcosystem';
import { usePanZoom } from './usePanZoom';

const width = 1000;
const height = 640;

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: '4px', marginBottom: '8px', alignItems: 'center' },
  frame: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
    touchAction: 'none',
    cursor: 'grab',
  },
  svg: { display: 'block', width: '100%', height: 'auto', maxHeight: '70vh' },
  link: { stroke: tokens.colorNeutralStroke1 },
  linkOn: { stroke: tokens.colorBrandStroke1 },
  node: { fill: tokens.colorBrandBackground, stroke: tokens.colorNeutralBackground1, strokeWidth: 1.5, cursor: 'pointer' },
  nodeGroup: { outline: 'none' },
  ring: { fill: 'none', stroke: tokens.colorStrokeFocus2, strokeWidth: 3 },
  label: {
    fontSize: '13px',
    fill: tokens.colorNeutralForeground1,
    paintOrder: 'stroke',
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: 3,
  },
  textList: { margin: '4px 0 0', paddingLeft: '20px', maxHeight: '20em', overflowY: 'auto' },
  details: { marginTop: '8px', '& > summary': { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold } },
});

/**
 * The ecosystem as a network: a node per stakeholder, growing with its number of relationships. Computed once
 * per change of who is linked to whom; pan and zoom with the buttons, the wheel or by dragging; Tab reaches the
 * nodes and the arrow keys move between neighbours on screen; Enter opens the stakeholder. A text version lists
 * every node and its links.
 */
export default memo(NetworkMap);

function NetworkMap({
  stakeholders,
  relationships,
  matches,
  onSelect,
}: EcosystemLists & {
  matches: ReadonlySet<number>;
  onSelect(index: number): void;
}) {
  const { t } = useT();
  const styles = useStyles();
  const frame = useRef<HTMLDivElement>(null);
  const { view, zoom, pan, reset, reveal, dragHandlers } = usePanZoom(frame, width, height);
  const [focused, setFocused] = useState(0);
  const [active, setActive] = useState<number | undefined>(undefined);

  // Re-layout only when the graph changes, not when a name or a note is edited.
  const ids = stakeholders.map((s, i) => s.id ?? `#${i}`);
  const shape = `${ids.join('|')}#${relationships.map((r) => `${r.from}>${r.to}`).join('|')}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `shape` stands for ids and relationships
  const layout = useMemo(() => layoutNetwork(ids, relationships, { width, height }), [shape]);
  const names = stakeholders.map((s, i) => s.name?.trim() || t('tab.w5.unnamed', { n: i + 1 }));
  const focus = Math.min(focused, Math.max(0, layout.nodes.length - 1));
  const showAllLabels = layout.nodes.length <= 40;
  const hubs = useMemo(
    () => new Set([...layout.nodes.keys()].sort((a, b) => layout.nodes[b]!.degree - layout.nodes[a]!.degree).slice(0, 12)),
    [layout],
  );
  const adjacency = useMemo(() => {
    const out = layout.nodes.map(() => [] as (typeof layout.links)[number][]);
    for (const l of layout.links) {
      out[l.source]!.push(l);
      out[l.target]!.push(l);
    }
    return out;
  }, [layout]);
  const linksOf = (i: number) => adjacency[i] ?? [];

  const moveFocus = (next: number) => {
    setFocused(next);
    const node = layout.nodes[next];
    if (node) reveal(node);
    requestAnimationFrame(() => frame.current?.querySelector<SVGGElement>(`[data-node="${next}"]`)?.focus());
  };

  const onNodeKey = (event: KeyboardEvent, i: number) => {
    const directions: Record<string, 'up' | 'down' | 'left' | 'right'> = {
      ArrowUp: 'up',
      ArrowDown: 'down',
      ArrowLeft: 'left',
      ArrowRight: 'right',
    };
    const direction = directions[event.key];
    if (direction) {
      event.preventDefault();
      moveFocus(neighbourInDirection(layout.nodes, i, direction));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveFocus(event.key === 'Home' ? 0 : layout.nodes.length - 1);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(i);
    } else if (event.key === '+' || event.key === '=') zoom(1.25);
    else if (event.key === '-') zoom(1 / 1.25);
  };

  const relationshipWord = (index: number) => {
    const type = relationships[index]?.type;
    return type ? t(`doc.relationship.${type}`) : t('tab.w5.map.untyped');
  };

  const tool = (label: string, icon: React.JSX.Element, onClick: () => void) => (
    <Tooltip content={label} relationship="label">
      <Button size="small" icon={icon} onClick={onClick} />
    </Tooltip>
  );

  if (layout.nodes.length === 0) return <p>{t('tab.w5.map.empty')}</p>;
  const highlighted = active ?? undefined;
  return (
    <div data-testid="network-map">
      <div className={styles.toolbar} role="toolbar" aria-label={t('tab.w5.map.toolbar')}>
        {tool(t('tab.w5.map.zoomIn'), <ZoomInRegular />, () => zoom(1.25))}
        {tool(t('tab.w5.map.zoomOut'), <ZoomOutRegular />, () => zoom(1 / 1.25))}
        {tool(t('tab.w5.map.reset'), <ArrowResetRegular />, reset)}
        {tool(t('tab.w5.map.panLeft'), <ArrowLeftRegular />, () => pan(80, 0))}
        {tool(t('tab.w5.map.panRight'), <ArrowRightRegular />, () => pan(-80, 0))}
        {tool(t('tab.w5.map.panUp'), <ArrowUpRegular />, () => pan(0, 80))}
        {tool(t('tab.w5.map.panDown'), <ArrowDownRegular />, () => pan(0, -80))}
        <span style={{ fontSize: tokens.fontSizeBase200 }}>{t('tab.w5.map.keys')}</span>
      </div>
      <div ref={frame} className={styles.frame} {...dragHandlers}>
        <svg
          className={styles.svg}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label={t('tab.w5.map.label', { nodes: layout.nodes.length, links: layout.links.length })}
        >
          <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>
            {layout.links.map((l) => {
              const a = layout.nodes[l.source]!;
              const b = layout.nodes[l.target]!;
              const on = highlighted !== undefined && (l.source === highlighted || l.target === highlighted);
              return (
                <line
                  key={l.index}
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  className={on ? styles.linkOn : styles.link}
                  strokeWidth={(1 + (relationships[l.index]?.strength ?? 1)) / view.scale}
                  opacity={highlighted === undefined || on ? 0.9 : 0.25}
                />
              );
            })}
            {layout.nodes.map((node, i) => {
              const dim = !matches.has(i);
              const label = showAllLabels || hubs.has(i) || i === highlighted;
              const kind = stakeholders[i]?.kind;
              return (
                <g
                  key={node.id}
                  data-node={i}
                  className={styles.nodeGroup}
                  role="button"
                  tabIndex={i === focus ? 0 : -1}
                  aria-label={t('tab.w5.map.node', {
                    name: names[i]!,
                    kind: kind ? t(`doc.stakeholderKind.${kind}`) : '—',
                    links: node.degree,
                  })}
                  opacity={dim ? 0.3 : 1}
                  onFocus={() => {
                    setFocused(i);
                    setActive(i);
                  }}
                  onBlur={() => setActive(undefined)}
                  onMouseEnter={() => setActive(i)}
                  onMouseLeave={() => setActive(undefined)}
                  onClick={() => onSelect(i)}
                  onKeyDown={(e) => onNodeKey(e, i)}
                >
                  <circle className={styles.node} cx={node.x} cy={node.y} r={node.radius / Math.sqrt(view.scale)} />
                  {i === highlighted && (
                    <circle className={styles.ring} cx={node.x} cy={node.y} r={node.radius / Math.sqrt(view.scale) + 4} />
                  )}
                  {label && (
                    <text
                      className={styles.label}
                      x={node.x}
                      y={node.y - node.radius - 6}
                      textAnchor="middle"
                      fontSize={18 / view.scale}
                      aria-hidden
                    >
                      {names[i]}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        </svg>
      </div>
      <details className={styles.details}>
        <summary>{t('tab.w5.map.textVersion')}</summary>
        <ul className={styles.textList} data-testid="map-text">
          {layout.nodes.map((node, i) => {
            const links = linksOf(i);
            return (
              <li key={node.id} data-node-name={names[i]}>
                {t('tab.w5.map.textNode', { name: names[i]!, links: node.degree })}
                {links.length > 0 &&
                  ` ${links.map((l) => t('tab.w5.map.textLink', { name: names[l.source === i ? l.target : l.source]!, type: relationshipWord(l.index) })).join(', ')}`}
              </li>
            );
          })}
        </ul>
      </details>
    </div>
  );
}
