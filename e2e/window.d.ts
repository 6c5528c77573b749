// The app's test hook, declared once in src/map/testHook.ts.
import '../src/map/testHook';
