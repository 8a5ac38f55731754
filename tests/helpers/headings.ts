export {headingAnchors} from '@site/src/content/headings';
