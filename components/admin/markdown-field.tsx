"use client";

import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { useState } from "react";
import { FieldError } from "./field-error";
import { inputClass } from "./styles";

// A markdown message with a preview, rendered by the same safe renderer as the public page.
export function MarkdownField(props: { name: string; label: string; defaultValue: string; errors?: Record<string, string>; required?: boolean }) {
  const [text, setText] = useState(props.defaultValue);
  const [preview, setPreview] = useState(false);
  const error = props.errors?.[props.name];
  return (
    <div>
      <div className="flex items-center justify-between">
        <label htmlFor={props.name} className="block text-sm font-medium">
          {props.label} <span className="font-normal text-slate-600 dark:text-slate-400">(markdown)</span>
        </label>
        <button type="button" className="text-sm underline underline-offset-2" onClick={() => setPreview(!preview)} aria-pressed={preview}>
          {preview ? "Edit" : "Preview"}
        </button>
      </div>
      <textarea
        id={props.name}
        name={props.name}
        rows={6}
        required={props.required}
        value={text}
        onChange={(event) => setText(event.target.value)}
        hidden={preview}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${props.name}-error` : undefined}
        className={inputClass}
      />
      {preview ? (
        <div
          aria-label="Preview"
          className="markdown mt-1 min-h-32 rounded-md border border-dashed border-slate-300 px-3 py-2 dark:border-slate-600"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }}
        />
      ) : null}
      <FieldError name={props.name} errors={props.errors} />
    </div>
  );
}
