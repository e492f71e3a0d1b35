import './planmap-present';
import './present-page.css';
