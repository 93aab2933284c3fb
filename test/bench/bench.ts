/** `npm run bench`. (Stub: owned by the corpus/matching work.) */
console.log('bench: nothing yet');
