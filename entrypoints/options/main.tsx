import { render } from 'preact';

import { OptionsPage } from './OptionsPage.tsx';
import '../../utils/own-pages/palette.css';
import './style.css';

render(<OptionsPage />, document.getElementById('app')!);
