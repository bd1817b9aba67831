// Vue renders custom elements natively: h('open287g-lookup', …) sets attributes and properties, and an
// `onOpen287g-select` prop listens for the element's `open287g-select` event. (With single-file components,
// tell the template compiler: compilerOptions.isCustomElement = (tag) => tag.startsWith('open287g-').)
import '@open287g/widgets/lookup';
import '@open287g/widgets/models';
import type { CountyAnswer } from '@open287g/sdk';
import { createApp, defineComponent, h, ref } from 'vue';

const App = defineComponent(() => {
  const answer = ref<CountyAnswer | null>(null);
  return () => [
    h('h1', 'open287g in Vue 3'),
    h('open287g-lookup', {
      county: '12021',
      lang: 'es',
      'onOpen287g-select': (event: CustomEvent<CountyAnswer>) => {
        answer.value = event.detail;
      },
    }),
    h(
      'p',
      { id: 'vue-state' },
      answer.value
        ? `Vue saw: ${answer.value.county.name}, ${answer.value.local.length} local agencies`
        : 'No answer yet',
    ),
    h('open287g-models', { models: 'jem,tfm,wso', highlight: 'wso', lang: 'es' }),
  ];
});

createApp(App).mount('#app');
