import {createContext, useContext} from 'react';
import {createTheme, type Theme} from '../theme.js';

/** The theme every component paints with; provided once by the app. */
export const ThemeContext = createContext<Theme>(createTheme({noColor: false}));

/** The current theme. */
export function useTheme(): Theme {
	return useContext(ThemeContext);
}
