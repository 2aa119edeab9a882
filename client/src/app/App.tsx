import { ApolloProvider } from '@apollo/client/react';
import { createTheme, MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { createApolloClient } from '../apollo/client';
import { AppRoot } from './AppRoot';

const theme = createTheme({
  primaryColor: 'blue',
  // Japanese UI text first; system fonts that carry good kana/kanji glyphs on police PCs (Windows) and Linux.
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", Meiryo, "Noto Sans CJK JP", "Noto Sans JP", sans-serif',
});

export function App() {
  // One client for the life of the page; never recreated on re-render.
  const [client] = useState(createApolloClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <AppRoot />
      </ApolloProvider>
    </MantineProvider>
  );
}
