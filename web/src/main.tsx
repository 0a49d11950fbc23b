import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './app.css';
import { createRoot } from 'react-dom/client';
import { App } from './app';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
createRoot(document.getElementById('root')!).render(<App />);
