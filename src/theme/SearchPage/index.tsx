/** Wraps the search plugin's page, which has no `<main>`, so that the layout adds one (axe "landmark-one-main"). */
import type {ReactNode} from 'react';
import SearchPage from '@theme-original/SearchPage';
import {NeedsMainLandmark} from '../landmarks';

export default function SearchPageWrapper(): ReactNode {
  return (
    <NeedsMainLandmark.Provider value>
      <SearchPage />
    </NeedsMainLandmark.Provider>
  );
}
