/**
 * The script that applies a theme chosen with the toggle before the first paint, and its
 * hash for the Content Security Policy (inline scripts are allowed only by hash).
 */
import { createHash } from 'node:crypto';

export const THEME_SCRIPT = `try{var t=localStorage.theme;if(/^(light|dark)$/.test(t))document.documentElement.dataset.theme=t}catch{}`;

export const THEME_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
