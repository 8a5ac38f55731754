/** Test stand-in for @docusaurus/Translate: messages of the test locale (./locale.ts), {values} filled in. */
import {Fragment, type ReactNode} from 'react';
import {messageFor} from './locale';

type Values = Record<string, ReactNode>;

function interpolate(message: string, values: Values = {}): ReactNode[] {
  return message.split(/(\{\w+\})/).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={index}>{name !== undefined && name in values ? values[name] : part}</Fragment>;
  });
}

export function translate({id, message}: {id?: string; message: string; description?: string}, values?: Record<string, string | number>): string {
  return messageFor(id, message).replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
}

export default function Translate({id, children, values}: {id?: string; children: string; description?: string; values?: Values}): ReactNode {
  return <>{interpolate(messageFor(id, children), values)}</>;
}
