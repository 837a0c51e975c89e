// The inspector's print settings: page, columns, type, what prints around the text, and the
// copyfit target with its live verdict. Changes go to the article through the session.
import { useCallback, useSyncExternalStore, useState } from 'react'
import type { Layout } from '../../../../shared/article/layout'
import { pageGeometry } from '../../../../shared/render/geometry'
import type { DocumentSession } from '../../document/DocumentSession'
import { articleKey } from '../../document/articleKey'
import { useStore } from '../../lib/store'
import { copyfitLabel } from '../preview/copyfitLabel'
import { useWatchPreview } from '../preview/PrintPreviewContext'
import {
  COPYFIT_OPTIONS,
  copyfitOfKind,
  DEPTH_SETTING,
  FONT_OPTIONS,
  MARGIN_LABELS,
  MARGIN_SETTING,
  MASTHEAD_OPTIONS,
  NUMBER_SETTINGS,
  PAGE_SIZE_OPTIONS,
  PAGES_SETTING,
  parseSetting,
  TOGGLES,
  type CopyfitKind,
  type MarginSide,
  type NumberSetting,
  type NumericKey,
} from './settings'
import './printSettings.css'

/** The session's print layout, live. */
export function useSessionLayout(session: DocumentSession): Layout {
  const subscribe = useCallback((listener: () => void) => session.subscribe((change) => change === 'layout' && listener()), [session])
  return useSyncExternalStore(subscribe, () => session.getLayout())
}

function NumberInput({ id, setting, value, disabled, onCommit, label }: { id: string; setting: NumberSetting; value: number; disabled: boolean; onCommit: (v: number) => void; label?: string }) {
  const [draft, setDraft] = useState<string | null>(null)
  const invalid = draft !== null && parseSetting(draft, setting) === null
  return (
    <span className={`ps-number${invalid ? ' is-invalid' : ''}`}>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={setting.min}
        max={setting.max}
        step={setting.step}
        value={draft ?? String(value)}
        disabled={disabled}
        aria-label={label}
        aria-invalid={invalid || undefined}
        title={`${setting.min}–${setting.max}${setting.unit ? ` ${setting.unit}` : ''}`}
        onChange={(e) => {
          setDraft(e.target.value)
          const v = parseSetting(e.target.value, setting)
          if (v !== null && v !== value) onCommit(v)
        }}
        onBlur={() => setDraft(null)}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      {setting.unit && <span className="ps-unit">{setting.unit}</span>}
    </span>
  )
}

/** A select over a setting's options (value, label and, where it helps, what it prints). */
function Choice<V extends string>({ id, value, options, disabled, onChange }: { id: string; value: V; options: readonly { value: V; label: string; detail?: string }[]; disabled: boolean; onChange: (value: V) => void }) {
  return (
    <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as V)}>
      {options.map((o) => (
        <option key={o.value} value={o.value} title={o.detail}>
          {o.label}
        </option>
      ))}
    </select>
  )
}

function Row({ label, htmlFor, children }: { label: string; htmlFor?: string; children: React.ReactNode }) {
  return (
    <div className="ps-row">
      {htmlFor ? <label htmlFor={htmlFor}>{label}</label> : <span className="ps-label">{label}</span>}
      <div className="ps-control">{children}</div>
    </div>
  )
}

interface Props {
  readonly session: DocumentSession
  readonly readOnly: boolean
}

export function PrintSettings({ session, readOnly }: Props) {
  const layout = useSessionLayout(session)
  const set = useCallback((patch: Partial<Layout>) => session.updateLayout(patch), [session])
  // A number half typed for one article is not shown over the next one's value.
  const article = articleKey(session)
  const controller = useWatchPreview('inspector-copyfit', layout.copyfit.kind !== 'none')
  const preview = useStore(controller?.store ?? NO_STORE)
  const fit = copyfitLabel(layout.copyfit, layout.columns, preview.output?.copyfit ?? null, preview.stale)

  const num = (key: NumericKey, label?: string) => (
    <NumberInput key={`${article}:${key}`} id={`ps-${key}`} setting={NUMBER_SETTINGS[key]} value={layout[key] as number} disabled={readOnly} label={label} onCommit={(v) => set({ [key]: v })} />
  )
  const toggle = (key: keyof typeof TOGGLES) => (
    <label className="ps-check" key={key}>
      <input type="checkbox" checked={layout[key]} disabled={readOnly} onChange={(e) => set({ [key]: e.target.checked })} />
      {TOGGLES[key]}
    </label>
  )
  const margin = (side: MarginSide) => (
    <label className="ps-margin" key={side}>
      <span>{MARGIN_LABELS[side]}</span>
      <NumberInput key={`${article}:margin-${side}`} id={`ps-margin-${side}`} setting={MARGIN_SETTING} value={layout.marginsMm[side] as number} disabled={readOnly} onCommit={(v) => set({ marginsMm: { ...layout.marginsMm, [side]: v } })} />
    </label>
  )

  return (
    <div className="print-settings" data-testid="print-settings">
      <fieldset className="ps-group">
        <legend>Page</legend>
        <Row label="Size" htmlFor="ps-pageSize">
          <Choice id="ps-pageSize" value={layout.pageSize} options={PAGE_SIZE_OPTIONS} disabled={readOnly} onChange={(pageSize) => set({ pageSize })} />
        </Row>
        {layout.pageSize === 'custom' && (
          <Row label="Width × height">
            <span className="ps-pair">
              {num('customWidthMm', 'Page width')}
              <span aria-hidden="true">×</span>
              {num('customHeightMm', 'Page height')}
            </span>
          </Row>
        )}
        <Row label="Orientation">
          <span className="segmented" role="group" aria-label="Orientation">
            {(['portrait', 'landscape'] as const).map((o) => (
              <button key={o} type="button" aria-pressed={layout.orientation === o} disabled={readOnly} onClick={() => set({ orientation: o })}>
                {o === 'portrait' ? 'Portrait' : 'Landscape'}
              </button>
            ))}
          </span>
        </Row>
        <div className="ps-margins" role="group" aria-label="Margins">
          <span className="ps-label">Margins</span>
          {(['top', 'bottom', 'left', 'right'] as const).map(margin)}
        </div>
        <Row label="Bleed" htmlFor="ps-bleedMm">
          {num('bleedMm')}
          {toggle('cropMarks')}
        </Row>
      </fieldset>

      <fieldset className="ps-group">
        <legend>Columns</legend>
        <Row label="Columns" htmlFor="ps-columns">
          {num('columns')}
        </Row>
        <Row label="Gutter" htmlFor="ps-gutterMm">
          {num('gutterMm')}
        </Row>
        <div className="ps-checks">{toggle('columnRule')}</div>
      </fieldset>

      <fieldset className="ps-group">
        <legend>Type</legend>
        <Row label="Body" htmlFor="ps-bodyFont">
          <Choice id="ps-bodyFont" value={layout.bodyFont} options={FONT_OPTIONS} disabled={readOnly} onChange={(bodyFont) => set({ bodyFont })} />
        </Row>
        <Row label="Size / leading">
          <span className="ps-pair">
            {num('bodySizePt', 'Body size')}
            <span aria-hidden="true">/</span>
            {num('leadingPt', 'Leading')}
          </span>
        </Row>
        <Row label="Headline" htmlFor="ps-headlineFont">
          <Choice id="ps-headlineFont" value={layout.headlineFont} options={FONT_OPTIONS} disabled={readOnly} onChange={(headlineFont) => set({ headlineFont })} />
        </Row>
        <Row label="Headline size" htmlFor="ps-headlineSizePt">
          {num('headlineSizePt')}
        </Row>
        <div className="ps-checks">
          {toggle('justify')}
          {toggle('hyphenate')}
          {toggle('dropCap')}
        </div>
      </fieldset>

      <fieldset className="ps-group">
        <legend>Around the text</legend>
        <Row label="Masthead" htmlFor="ps-masthead">
          <Choice id="ps-masthead" value={layout.masthead} options={MASTHEAD_OPTIONS} disabled={readOnly} onChange={(masthead) => set({ masthead })} />
        </Row>
        <div className="ps-checks">
          {toggle('runningHeader')}
          {toggle('pageNumbers')}
          {toggle('grayscaleImages')}
        </div>
      </fieldset>

      <fieldset className="ps-group">
        <legend>Copyfit</legend>
        <Row label="Target" htmlFor="ps-copyfit">
          <select
            id="ps-copyfit"
            value={layout.copyfit.kind}
            disabled={readOnly}
            onChange={(e) => set({ copyfit: copyfitOfKind(e.target.value as CopyfitKind, layout.copyfit, pageGeometry(layout).content.heightMm) })}
          >
            {COPYFIT_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Row>
        {layout.copyfit.kind === 'depth' && (
          <Row label="Column depth" htmlFor="ps-copyfit-depth">
            <NumberInput key={`${article}:depth`} id="ps-copyfit-depth" setting={DEPTH_SETTING} value={layout.copyfit.depthMm} disabled={readOnly} onCommit={(v) => set({ copyfit: { kind: 'depth', depthMm: v } })} />
          </Row>
        )}
        {layout.copyfit.kind === 'pages' && (
          <Row label="Pages" htmlFor="ps-copyfit-pages">
            <NumberInput key={`${article}:pages`} id="ps-copyfit-pages" setting={PAGES_SETTING} value={layout.copyfit.pages} disabled={readOnly} onCommit={(v) => set({ copyfit: { kind: 'pages', pages: v } })} />
          </Row>
        )}
        {fit && (
          <p className={`copyfit-line copyfit--${fit.tone}`} data-testid="inspector-copyfit" title={fit.detail} aria-live="polite">
            {fit.text}
            {preview.output && <span className="ps-pages"> · {preview.output.pages === 1 ? '1 page' : `${preview.output.pages} pages`}</span>}
          </p>
        )}
        {fit && <p className="field-hint">{fit.detail}</p>}
      </fieldset>
    </div>
  )
}

const NO_STORE = {
  get: () => ({ output: null, version: 0, updating: false, stale: true, error: null }),
  set: () => undefined,
  subscribe: () => () => undefined,
}
