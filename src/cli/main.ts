console.log('ai-license-lens: work in progress');
