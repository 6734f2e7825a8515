console.log("fourth-level");
