// The one way the reviewer and the picker hear keys: every read from the terminal as key events.
import {useStdin} from 'ink';
import {useEffect, useRef} from 'react';
import {parseKeys, type KeyEvent} from './key-events.js';

/**
 * Calls `handler` with the keys of every read from the terminal, in order (see parseKeys). The raw
 * reads come from Ink's input emitter, after Ink has split them at escape sequences and handled Ctrl-C;
 * unlike `useInput`, a read of several keys ("x" and a Backspace typed ahead) is not one garbled key.
 */
export function useKeyEvents(handler: (events: KeyEvent[]) => void, {isActive = true}: {readonly isActive?: boolean} = {}): void {
	const {setRawMode, internal_eventEmitter: emitter} = useStdin();
	const latest = useRef(handler);
	latest.current = handler;
	const inPaste = useRef(false);
	useEffect(() => {
		if (!isActive) {
			return;
		}

		setRawMode(true);
		return () => {
			setRawMode(false);
		};
	}, [isActive, setRawMode]);
	useEffect(() => {
		if (!isActive) {
			return;
		}

		const onInput = (raw: string) => {
			const parsed = parseKeys(raw, inPaste.current);
			inPaste.current = parsed.inPaste;
			if (parsed.events.length > 0) {
				latest.current(parsed.events);
			}
		};

		emitter.on('input', onInput);
		return () => {
			emitter.removeListener('input', onInput);
		};
	}, [isActive, emitter]);
}
