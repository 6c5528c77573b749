// The app's test hook, declared once in src/testHook.ts.
import '../src/testHook';
