import {describe, expect, it} from 'vitest';
import {eraseNpmBanner} from '../../source/ui/alternate-screen.js';

function terminal(isTTY = true) {
	const written: string[] = [];
	return {stream: {isTTY, write: (text: string) => written.push(text)} as unknown as NodeJS.WriteStream, written};
}

describe('npm start', () => {
	it('erases the four lines npm printed, once, only when npm started it on a terminal and not silent', () => {
		const plain = terminal();
		eraseNpmBanner(plain.stream, {});
		eraseNpmBanner(plain.stream, {npm_lifecycle_event: 'start', npm_config_loglevel: 'silent'});
		eraseNpmBanner(terminal(false).stream, {npm_lifecycle_event: 'start'});
		expect(plain.written).toEqual([]);
		const npm = terminal();
		eraseNpmBanner(npm.stream, {npm_lifecycle_event: 'start'});
		eraseNpmBanner(npm.stream, {npm_lifecycle_event: 'start'});
		expect(npm.written).toEqual(['\u001B[4F\u001B[J']);
	});
});
