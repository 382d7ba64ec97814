// Colour is forced on here (before Ink loads) so the test sees the styles NO_COLOR must keep and drop.
import process from 'node:process';
import {afterEach, describe, expect, it} from 'vitest';

process.env['FORCE_COLOR'] = '1';
const {cleanup} = await import('ink-testing-library');
const {renderApp} = await import('./render-app.js');
const {waitForFrame} = await import('./ink-helpers.js');
const {sampleLetter} = await import('../fixtures/review/letters.js');
const {wantsNoColor} = await import('../../source/ui/theme.js');

afterEach(() => {
	cleanup();
});

// SGR foreground and background colours: 30–37, 39, 40–47, 49, 90–97, 100–107, and 38;…/48;… extended colours.
const colourCode = /\u001B\[(?:3\d|4\d|9\d|10\d|38;|48;)[\d;]*m/u;

describe('NO_COLOR', () => {
	it('is honoured when set to anything but the empty string', () => {
		expect(wantsNoColor({NO_COLOR: '1'})).toBe(true);
		expect(wantsNoColor({NO_COLOR: ''})).toBe(false);
		expect(wantsNoColor({})).toBe(false);
	});

	it('gives a screen without colour that still shows the selection and highlights', async () => {
		const {lastFrame} = renderApp(sampleLetter(), {noColor: true, rows: 40});
		const frame = await waitForFrame(lastFrame, current => current.includes('reviewed'));
		expect(frame).not.toMatch(colourCode);
		expect(frame).toContain('\u001B[7m');
		expect(frame).toContain('\u001B[1m');
	});

	it('uses colour otherwise', async () => {
		const {lastFrame} = renderApp(sampleLetter(), {rows: 40});
		const frame = await waitForFrame(lastFrame, current => current.includes('reviewed'));
		expect(frame).toMatch(colourCode);
	});
});
