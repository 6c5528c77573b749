/**
 * The range's two ends as date fields a person can type into (day/month/year, or a month name,
 * in either language) or set from the browser's calendar. Typed and picked dates go through the
 * same edit (derive/typedDate.ts), so both give the same filter. A half-typed date applies
 * nothing; an impossible one, or one that crosses the other end, says so under the field.
 */
import { useId, useRef, useState } from 'react';
import { dayNumber, isoOfDay } from '../data/days';
import { editRangeEnd, formatTypedDate, parseTypedDate, type RangeDays } from '../derive/typedDate';
import { formatDate } from '../i18n';
import { useMessages } from '../state/useMessages';

interface Props {
  /** The data's first and last day, the range's ends (day numbers; open ends resolved). */
  days: RangeDays;
  /** Set the range (null: an open end, at the data's first or last day). */
  onChange: (from: string | null, to: string | null) => void;
  /** Distinguishes the ids of two sets of fields on one page. */
  idPrefix?: string;
}

export function RangeFields({ days, onChange, idPrefix = 'range' }: Props) {
  return (
    <div className="range__fields">
      <DateField which="lo" days={days} onChange={onChange} id={`${idPrefix}-from`} />
      <DateField which="hi" days={days} onChange={onChange} id={`${idPrefix}-to`} />
    </div>
  );
}

type Message = { text: string; error: boolean } | null;

function DateField({
  which,
  days,
  onChange,
  id,
}: {
  which: 'lo' | 'hi';
  days: RangeDays;
  onChange: Props['onChange'];
  id: string;
}) {
  const { t, lang } = useMessages();
  const applied = isoOfDay(which === 'lo' ? days.lo : days.hi);
  const [text, setText] = useState<string | null>(null); // null: not being edited, show the applied day
  const [message, setMessage] = useState<Message>(null);
  const picker = useRef<HTMLInputElement>(null);
  const messageId = useId();
  const label = which === 'lo' ? t.rangeFrom : t.rangeTo;

  /** Set this end to a day; true when it was applied. */
  const commit = (iso: string): boolean => {
    const edit = editRangeEnd(which, dayNumber(iso), days);
    if (edit.kind === 'reversed') {
      setMessage({
        text:
          which === 'lo'
            ? t.dateFromAfterTo(formatDate(isoOfDay(days.hi), lang))
            : t.dateToBeforeFrom(formatDate(isoOfDay(days.lo), lang)),
        error: true,
      });
      return false;
    }
    onChange(
      edit.lo <= days.first ? null : isoOfDay(edit.lo),
      edit.hi >= days.last ? null : isoOfDay(edit.hi),
    );
    setMessage(
      edit.clamped === 'start'
        ? { text: t.dateClampedStart(formatDate(isoOfDay(days.first), lang)), error: false }
        : edit.clamped === 'end'
          ? { text: t.dateClampedEnd(formatDate(isoOfDay(days.last), lang)), error: false }
          : null,
    );
    return true;
  };

  const onType = (value: string) => {
    setText(value);
    const d = parseTypedDate(value);
    if (d.kind === 'date') commit(d.iso);
    else if (d.kind === 'impossible') setMessage({ text: t.dateImpossible(value.trim()), error: true });
    else setMessage(null); // still typing
  };

  const onBlur = () => {
    const d = text === null ? null : parseTypedDate(text);
    if (d?.kind === 'incomplete') return setMessage({ text: t.dateIncomplete, error: true });
    // a date that applied (or an emptied field) shows the applied day again; a wrong one stays to be fixed
    if (!d || d.kind === 'empty' || (d.kind === 'date' && !message?.error)) setText(null);
  };

  const error = message?.error === true;
  return (
    <div className="datefield">
      <label htmlFor={id} className="datefield__label">
        {label}
      </label>
      <input
        id={id}
        className="datefield__input"
        type="text"
        dir="ltr"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={t.dateFormat}
        title={t.dateHelp}
        value={text ?? formatTypedDate(applied)}
        aria-invalid={error || undefined}
        aria-describedby={message ? messageId : undefined}
        onFocus={(e) => {
          setText(e.currentTarget.value);
          e.currentTarget.select();
        }}
        onChange={(e) => onType(e.target.value)}
        onBlur={onBlur}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text !== null) {
            e.stopPropagation();
            setText(formatTypedDate(applied));
            setMessage(null);
          }
          if (e.key === 'Enter') onBlur();
        }}
      />
      <button
        type="button"
        className="btn btn--small datefield__pick"
        aria-label={t.pickDate(label)}
        title={t.pickDate(label)}
        onClick={() => {
          const p = picker.current;
          if (!p) return;
          p.value = applied;
          try {
            p.showPicker();
          } catch {
            p.focus(); // no picker API (or not allowed here): the native field takes the keyboard
          }
        }}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <rect
            x="1.5"
            y="3"
            width="13"
            height="11.5"
            rx="1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      {/* the browser's calendar: opened by the button above, it sets the same end the same way */}
      <input
        ref={picker}
        type="date"
        className="datefield__native"
        tabIndex={-1}
        aria-hidden="true"
        data-picker={which}
        min={isoOfDay(days.first)}
        max={isoOfDay(days.last)}
        onChange={(e) => {
          if (!e.target.value) return;
          setText(null);
          commit(e.target.value);
        }}
      />
      {message && (
        <p
          id={messageId}
          className={`datefield__msg${error ? ' is-error' : ''}`}
          role={error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
