// Placeholder until the emulator lands.
console.log('emulator not built yet');
