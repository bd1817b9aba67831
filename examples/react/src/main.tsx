import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@open287g/widgets/lookup';
import '@open287g/widgets/models';
import type { CountyAnswer } from '@open287g/sdk';
import type {} from '@open287g/widgets/react';

function App() {
  const [answer, setAnswer] = useState<CountyAnswer | null>(null);
  return (
    <>
      <h1>open287g in React 19</h1>
      <open287g-lookup county="12021" onopen287g-select={(event) => setAnswer(event.detail)} />
      <p id="react-state">
        {answer ? `React saw: ${answer.county.name}, ${answer.local.length} local agencies` : 'No answer yet'}
      </p>
      <open287g-models models="jem,tfm,wso" highlight="tfm" />
    </>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
